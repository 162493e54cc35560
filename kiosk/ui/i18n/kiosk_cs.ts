<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Usnadněte si prohlížení</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Velikost písma</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Velikost písma %1 z %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Posunout vše níž</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Tato nastavení platí jen pro vaši návštěvu; další návštěvník začne od začátku.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN správce není nastaven. Nastavte ho příkazem: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekundu.</numerusform>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekundy.</numerusform>
            <numerusform>Příliš mnoho chybných PINů. Zkuste to znovu za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Tento PIN není správný.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Správa se za chvíli zavře.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Zpět do expozice</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Zobrazeno: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Složka: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Zobrazeno od: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Znovu zkontrolovat složku</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Vrátit předchozí obsah</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Návštěvy: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Medián návštěvy: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Zobrazené obrazovky: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Jazyk pro nového návštěvníka</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Nečinnost před koncem návštěvy</translation>
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
        <translation>Kratší</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Delší</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Obrazovka</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Test dotyku</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testovací obrazec</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Protokol (nejnovější na konci)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Restartovat kiosek</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Pro ukončení klepněte znovu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Začněte dotykem obrazovky</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Osobnosti v této kapitole</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Místa</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Kapitola %1 z %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Předchozí kapitola</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dále: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Další kapitola</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Poznámka kurátora</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Ukázat na mapě</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Ukázat %1 na mapě</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Místa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobnosti</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>V příběhu</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Znám je pouze rok.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Přesné dny nejsou známy.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Předchozí událost</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dále: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Další událost</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Zatím nepřeloženo, zobrazeno v originále</translation>
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
            <numerusform>%n fotografie</numerusform>
            <numerusform>%n fotografie</numerusform>
            <numerusform>%n fotografií</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Příběh</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobnosti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n kapitola ke čtení</numerusform>
            <numerusform>%n kapitoly ke čtení</numerusform>
            <numerusform>%n kapitol ke čtení</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografie s příběhem</numerusform>
            <numerusform>%n fotografie s příběhy</numerusform>
            <numerusform>%n fotografií s příběhy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n životopis</numerusform>
            <numerusform>%n životopisy</numerusform>
            <numerusform>%n životopisů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n událost, den po dni</numerusform>
            <numerusform>%n události, den po dni</numerusform>
            <numerusform>%n událostí, den po dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n místo na mapě</numerusform>
            <numerusform>%n místa na mapě</numerusform>
            <numerusform>%n míst na mapě</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Jste tu ještě?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Za %n sekundu začne expozice znovu pro dalšího návštěvníka.</numerusform>
            <numerusform>Za %n sekundy začne expozice znovu pro dalšího návštěvníka.</numerusform>
            <numerusform>Za %n sekund začne expozice znovu pro dalšího návštěvníka.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Ještě chvíli</translation>
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
        <translation>Celá mapa</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Více o tomto místě</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>V tento den</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>K tomuto dni není datována žádná událost.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>V téže době</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Dotkněte se místa na mapě a uvidíte, co se tam stalo.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddálit</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Celá mapa</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Úvod</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Přístupnost: velikost písma, kontrast, dosah</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, mimo tuto mapu</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Osobnosti</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>V příběhu</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Narození: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Úmrtí: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Předchozí fotografie</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Další fotografie</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddálit</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Přizpůsobit obrazovce</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Náhradní snímek: originál fotografie zatím není vystaven</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobnosti</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>V příběhu</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Místa</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Jen personál: zadejte PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Co se zde stalo</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Zmíněno také v</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>V příběhu</translation>
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
        <translation>Stav mapy k %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Celá mapa</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Místo pro portrét</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Portrét zatím chybí</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Nouzový režim</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Dál zobrazovat tento obsah</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Ukončit nouzový režim a restartovat</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Prameny</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Hlasový režim. Dotkněte se obrazovky a uslyšíte, co na ní je, přejetím doprava nebo doleva přejdete z položky na položku a dvojitým klepnutím položku otevřete. Na numerické klávesnici 4 a 6 posouvají, 5 otevírá a hvězdička vysvětlí všechny klávesy.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Dotkněte se obrazovky a uslyšíte, co je pod vaším prstem. Přejeďte doprava nebo doleva, nebo stiskněte 6 nebo 4, pro další nebo předchozí položku. Přejeďte dolů nebo nahoru, nebo stiskněte 2 nebo 8, pro další nebo předchozí nadpis nebo pro posun posuvníku. Klepněte dvakrát, nebo stiskněte 5 nebo Enter, a položka se otevře. Klepněte dvěma prsty, nebo stiskněte 3, a řeč se pozastaví. Stiskněte 7 pro první obrazovku, 1 pro návrat zpět, 9 pro zopakování položky, plus nebo minus pro hlasitost, lomítko pro jiný jazyk a 0 pro ukončení hlasového režimu.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Hlasový režim vypnut.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Hlasitost: %1 ze 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, odkaz</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, tlačítko</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, posuvník</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, obrázek</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, vybráno</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Místa na mapě</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Šipky na mapě: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Také na mapě: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Příběh</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitola %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Přehrát</translation>
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
        <translation>Časová osa, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Dříve</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Později</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Znám jen měsíc nebo delší období</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Přejít na: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
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
