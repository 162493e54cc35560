<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Ułatwienia dostępu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Rozmiar tekstu %1 z %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Wszystko niżej</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Te ustawienia obowiązują tylko podczas tej wizyty; potem wszystko wraca do początku.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Nie ustawiono PIN-u administratora. Ustaw go poleceniem: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ten PIN jest nieprawidłowy.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Panel administracji zaraz się zamknie.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Powrót do wystawy</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Wyświetlane: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Sprawdź folder ponownie</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Przywróć poprzednią treść</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Wizyty: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Mediana czasu wizyty: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Obejrzane ekrany: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Język na początku wizyty</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Czas bezczynności</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Krócej</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Dłużej</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Test dotyku</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Obraz testowy</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Dziennik (najnowsze na końcu)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Uruchom kiosk ponownie</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Dotknij ponownie, aby zakończyć</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Dotknij ekranu, aby rozpocząć</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Osoby w tym rozdziale</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Rozdział %1 z %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Poprzedni rozdział</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Następny rozdział</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Komentarz kuratorski</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Pokaż na mapie</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Pokaż na mapie: %1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>W opowieści</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Znany jest tylko rok.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Dokładne dni nie są znane.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Wcześniejsze wydarzenie</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Późniejsze wydarzenie</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Jeszcze nieprzetłumaczone: w języku oryginału</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotografia</numerusform>
            <numerusform>%n fotografie</numerusform>
            <numerusform>%n fotografii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Opowieść</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n rozdział do przeczytania</numerusform>
            <numerusform>%n rozdziały do przeczytania</numerusform>
            <numerusform>%n rozdziałów do przeczytania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografia z historią</numerusform>
            <numerusform>%n fotografie z historiami</numerusform>
            <numerusform>%n fotografii z historiami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografia</numerusform>
            <numerusform>%n biografie</numerusform>
            <numerusform>%n biografii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n wydarzenie, dzień po dniu</numerusform>
            <numerusform>%n wydarzenia, dzień po dniu</numerusform>
            <numerusform>%n wydarzeń, dzień po dniu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n miejsce na mapie</numerusform>
            <numerusform>%n miejsca na mapie</numerusform>
            <numerusform>%n miejsc na mapie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Za %n sekundę wystawa zacznie się od nowa dla kolejnej osoby.</numerusform>
            <numerusform>Za %n sekundy wystawa zacznie się od nowa dla kolejnej osoby.</numerusform>
            <numerusform>Za %n sekund wystawa zacznie się od nowa dla kolejnej osoby.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Więcej czasu</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Więcej o tym miejscu</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Tego dnia</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Żadne wydarzenie nie jest datowane na ten dzień.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>W tym samym czasie</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Dotknij miejsca na mapie, aby zobaczyć, co się tam wydarzyło.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cała mapa</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Ułatwienia dostępu: rozmiar tekstu, kontrast, wysokość</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, poza tą mapą</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>W opowieści</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>zm. %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Poprzednia fotografia</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Następna fotografia</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Dopasuj do ekranu</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Obraz zastępczy: oryginalna fotografia nie jest jeszcze wystawiona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>W opowieści</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Tylko dla personelu</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Co się tu wydarzyło</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Wspomniane także w</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>W opowieści</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Mapa na dzień %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cała mapa</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Miejsce na portret</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Brak portretu</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Tryb awaryjny</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Nadal pokazuj tę treść</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Wyjdź z trybu awaryjnego i uruchom ponownie</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Tryb mowy. Dotknij ekranu, aby usłyszeć, co się na nim znajduje, przesuń palcem w prawo lub w lewo, aby przechodzić od elementu do elementu, i dotknij dwukrotnie, aby któryś otworzyć. Na klawiaturze numerycznej 4 i 6 przesuwają, 5 otwiera, a gwiazdka objaśnia wszystkie klawisze.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Dotknij ekranu, aby usłyszeć, co jest pod twoim palcem. Przesuń palcem w prawo lub w lewo albo naciśnij 6 lub 4, aby przejść do następnego lub poprzedniego elementu. Przesuń palcem w dół lub w górę albo naciśnij 2 lub 8, aby przejść do następnego lub poprzedniego nagłówka albo przesunąć suwak. Dotknij dwukrotnie albo naciśnij 5 lub Enter, aby otworzyć element. Dotknij dwoma palcami albo naciśnij 3, aby wstrzymać. Naciśnij 7, aby wrócić do pierwszego ekranu, 1, aby się cofnąć, 9, aby ponownie usłyszeć element, plus lub minus, aby zmienić głośność, ukośnik, aby zmienić język, i 0, aby wyłączyć tryb mowy.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Tryb mowy wyłączony.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Głośność: %1 na 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, link</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, przycisk</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, suwak</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, obraz</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, zaznaczone</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Miejsca na mapie</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Strzałki na mapie: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Także na mapie: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Opowieść</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Rozdział %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Oś czasu, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Znany tylko miesiąc lub dłuższy okres</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Otwórz: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
</TS>
