<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Kényelmesebb használat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Betűméret</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Betűméret: %1 / %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Nagy kontraszt</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Mindent lejjebb</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ezek a beállítások csak az Ön látogatására érvényesek; a következő látogató elölről kezdi.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Nincs adminisztrátori PIN beállítva. Állítsa be ezzel a paranccsal: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Túl sok hibás PIN. Próbálja újra %n másodperc múlva.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ez a PIN nem helyes.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Az adminisztráció hamarosan bezárul.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Adminisztráció</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Vissza a kiállításhoz</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Látható: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mappa: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Kezdete: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Mappa újbóli ellenőrzése</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Vissza az előző tartalomhoz</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Látogatások: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Látogatás mediánja: %1 mp</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Megtekintett képernyők: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Nyelv az új látogatónak</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Tétlenségi idő a látogatás végéig</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n másodperc</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Rövidebb</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Hosszabb</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Kijelző</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Érintésteszt</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Tesztábra</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Napló (a legújabb alul)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Kioszk újraindítása</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Kilépéshez koppintson újra</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>A kezdéshez érintse meg a képernyőt</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>A fejezet szereplői</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Események</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Helyszínek</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>%1. fejezet / %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Előző fejezet</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Következő: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Következő fejezet</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>A kurátor megjegyzése</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Megjelenítés a térképen</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1 megjelenítése a térképen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Helyszínek</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Szereplők</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>A történetben</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Csak az év ismert.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>A pontos napok nem ismertek.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Előző esemény</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Következő: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Következő esemény</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Még nincs lefordítva, eredeti nyelven látható</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fénykép</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>A történet</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Szereplők</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Idővonal</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Térkép</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n olvasható fejezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fénykép történetekkel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n életrajz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n esemény, napról napra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n helyszín a térképen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Itt van még?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>A kiállítás %n másodperc múlva elölről indul a következő látogatónak.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Még maradok</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Térkép</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Teljes térkép</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Bővebben erről a helyszínről</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ezen a napon</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Erre a napra nem esik esemény.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Ugyanekkor</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Érintsen meg egy helyszínt a térképen, és megtudja, mi történt ott.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Nagyítás</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kicsinyítés</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Teljes térkép</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Kezdőlap</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Akadálymentesség: betűméret, kontraszt, magasság</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, a térképen kívül</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Szereplők</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>A történetben</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Események</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Született: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Elhunyt: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Előző fénykép</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Következő fénykép</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kicsinyítés</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Teljes kép</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Nagyítás</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Helyettesítő kép: az eredeti fénykép még nincs kiállítva</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Szereplők</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>A történetben</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Események</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Helyszínek</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Csak személyzet: PIN-kód</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Megerősítés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Mi történt itt</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>További említések</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>A történetben</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fényképek</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>A térkép állapota: %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Teljes térkép</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>A portré helye</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Még nincs portré</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Biztonsági mód</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Továbbra is ez a tartalom látszódjon</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Kilépés a biztonsági módból és újraindítás</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Források</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Beszédmód. Érintse meg a képernyőt, és meghallja, mi van ott; húzza az ujját jobbra vagy balra, hogy elemről elemre lépjen, és koppintson duplán egy elem megnyitásához. A számbillentyűzeten a 4 és a 6 léptet, az 5 megnyit, a csillag pedig minden billentyűt elmagyaráz.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Érintse meg a képernyőt, és meghallja, mi van az ujja alatt. Húzza az ujját jobbra vagy balra, vagy nyomja meg a 6-ot vagy a 4-et a következő vagy az előző elemhez. Húzza lefelé vagy felfelé, vagy nyomja meg a 2-t vagy a 8-at a következő vagy az előző címhez, illetve egy csúszka mozgatásához. Koppintson duplán, vagy nyomja meg az 5-öt vagy az Entert az elem megnyitásához. Koppintson két ujjal, vagy nyomja meg a 3-at a szüneteltetéshez. Nyomja meg a 7-et az első képernyőhöz, az 1-et a visszalépéshez, a 9-et egy elem ismételt meghallgatásához, a pluszt vagy a mínuszt a hangerőhöz, a perjelet egy másik nyelvhez, és a 0-t a beszédmód befejezéséhez.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Beszédmód kikapcsolva.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Hangerő: %1 százalék</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, hivatkozás</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, gomb</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, csúszka</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, kép</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, kiválasztva</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Helyek a térképen</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Nyilak a térképen: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Még a térképen: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>A történet</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1. fejezet</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Szünet</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lejátszás</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dátum: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Idővonal, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Korábban</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Később</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Csak a hónap ismert, vagy hosszabb időszak</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Ugrás ide: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>%1. o.</translation>
    </message>
</context>
</TS>
