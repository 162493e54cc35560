<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Prilagodite prikaz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Veličina slova</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Veličina slova %1 od %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Jak kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Sve spusti niže</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ova podešavanja važe samo za vašu posetu; sledeći posetilac počinje ispočetka.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN za administraciju nije postavljen. Postavite ga komandom: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekundu.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekunde.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovo za %n sekundi.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Taj PIN nije ispravan.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Administracija će se uskoro zatvoriti.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administracija</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Nazad na izložbu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Prikazuje se: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Fascikla: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Ponovo proveri fasciklu</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Vrati prethodni sadržaj</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Posete: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Medijana posete: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Pregledanih ekrana: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Jezik za novog posetioca</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Vreme mirovanja pre kraja posete</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekunde</numerusform>
            <numerusform>%n sekundi</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Kraće</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Duže</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Provera dodira</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Test-slika</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Dnevnik (najnovije na kraju)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Ponovo pokreni kiosk</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Dodirnite ponovo da zatvorite</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Dodirnite ekran da počnete</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Ličnosti u ovom poglavlju</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mesta</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Poglavlje %1 od %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Prethodno poglavlje</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sledeće: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Sledeće poglavlje</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Napomena kustosa</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Prikaži na mapi</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Prikaži %1 na mapi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mesta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ličnosti</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>U priči</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Poznata je samo godina.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Tačni dani nisu poznati.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Prethodni događaj</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sledeće: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Sledeći događaj</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Još nije prevedeno: prikazano na izvornom jeziku</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotografija</numerusform>
            <numerusform>%n fotografije</numerusform>
            <numerusform>%n fotografija</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Priča</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ličnosti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronologija</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n poglavlje za čitanje</numerusform>
            <numerusform>%n poglavlja za čitanje</numerusform>
            <numerusform>%n poglavlja za čitanje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografija sa pričom</numerusform>
            <numerusform>%n fotografije sa pričom</numerusform>
            <numerusform>%n fotografija sa pričom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografija</numerusform>
            <numerusform>%n biografije</numerusform>
            <numerusform>%n biografija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n događaj, dan po dan</numerusform>
            <numerusform>%n događaja, dan po dan</numerusform>
            <numerusform>%n događaja, dan po dan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n mesto na mapi</numerusform>
            <numerusform>%n mesta na mapi</numerusform>
            <numerusform>%n mesta na mapi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Da li ste još tu?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Izložba počinje ispočetka za sledećeg posetioca za %n sekundu.</numerusform>
            <numerusform>Izložba počinje ispočetka za sledećeg posetioca za %n sekunde.</numerusform>
            <numerusform>Izložba počinje ispočetka za sledećeg posetioca za %n sekundi.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Još vremena</translation>
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
        <translation>Cela mapa</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Više o ovom mestu</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Tog dana</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Nijedan događaj nije datiran na ovaj dan.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Otprilike u to vreme</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Dodirnite mesto na mapi da vidite šta se tamo dogodilo.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Umanji</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cela mapa</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Pristupačnost: veličina slova, kontrast, doseg</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, van ove mape</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Ličnosti</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>U priči</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Rođen %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Umro %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Prethodna fotografija</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Sledeća fotografija</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Umanji</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Cela slika</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Zamena: originalna fotografija još nije izložena</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ličnosti</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>U priči</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mesta</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Samo za osoblje: unesite PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Potvrdi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Šta se ovde dogodilo</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Pominje se i u</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>U priči</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Mapa prikazuje %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cela mapa</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Zamena za portret</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Portret još nije dostupan</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Bezbedni režim</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Nastavi da prikazuješ ovaj sadržaj</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Izađi iz bezbednog režima i ponovo pokreni</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Izvori</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Govorni režim. Dodirnite ekran da čujete šta je na njemu, prevucite udesno ili ulevo da prelazite sa stavke na stavku i dvaput dodirnite da neku otvorite. Na numeričkoj tastaturi 4 i 6 pomeraju, 5 otvara, a zvezdica objašnjava sve tastere.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Dodirnite ekran da čujete šta je ispod vašeg prsta. Prevucite udesno ili ulevo, ili pritisnite 6 ili 4, za sledeću ili prethodnu stavku. Prevucite nadole ili nagore, ili pritisnite 2 ili 8, za sledeći ili prethodni naslov, ili da pomerite klizač. Dvaput dodirnite, ili pritisnite 5 ili Enter, da otvorite stavku. Dodirnite sa dva prsta, ili pritisnite 3, za pauzu. Pritisnite 7 za prvi ekran, 1 za nazad, 9 da ponovo čujete stavku, plus ili minus za jačinu zvuka, kosu crtu za drugi jezik i 0 da izađete iz govornog režima.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Govorni režim isključen.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Jačina zvuka: %1 od 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, veza</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, dugme</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, klizač</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, slika</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, izabrano</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Mesta na mapi</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Strelice na mapi: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Takođe na mapi: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Priča</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Poglavlje %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
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
        <translation>Pusti</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Hronologija, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Ranije</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kasnije</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Poznat samo mesec, ili duži period</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Idi na: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>str. %1</translation>
    </message>
</context>
</TS>
