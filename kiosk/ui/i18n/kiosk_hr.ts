<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr" sourcelanguage="en">
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
        <translation>Visoki kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Spusti sve niže</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ove postavke vrijede samo za vaš posjet; sljedeći posjetitelj počinje ispočetka.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN za administraciju nije postavljen. Postavite ga naredbom: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovno za %n sekundu.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovno za %n sekunde.</numerusform>
            <numerusform>Previše pogrešnih PIN-ova. Pokušajte ponovno za %n sekundi.</numerusform>
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
        <translation>Natrag na izložbu</translation>
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
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Ponovno provjeri mapu</translation>
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
        <translation>Posjeti: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Medijan posjeta: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Pregledanih zaslona: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Jezik za novog posjetitelja</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Vrijeme mirovanja prije kraja posjeta</translation>
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
        <translation>Dulje</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Zaslon</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Provjera dodira</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testna slika</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Dnevnik (najnovije na kraju)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Ponovno pokreni kiosk</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Dodirnite ponovno za izlaz</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Dodirnite zaslon za početak</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Osobe u ovom poglavlju</translation>
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
        <translation>Mjesta</translation>
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
        <translation>Sljedeće: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Sljedeće poglavlje</translation>
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
        <translation>Prikaži na karti</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Prikaži %1 na karti</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mjesta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
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
        <translation>Točni dani nisu poznati.</translation>
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
        <translation>Sljedeće: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Sljedeći događaj</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Još nije prevedeno, prikazuje se izvornik</translation>
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
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologija</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
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
            <numerusform>%n fotografija s pričom</numerusform>
            <numerusform>%n fotografije s pričom</numerusform>
            <numerusform>%n fotografija s pričom</numerusform>
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
            <numerusform>%n mjesto na karti</numerusform>
            <numerusform>%n mjesta na karti</numerusform>
            <numerusform>%n mjesta na karti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Jeste li još tu?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Izložba počinje ispočetka za sljedećeg posjetitelja za %n sekundu.</numerusform>
            <numerusform>Izložba počinje ispočetka za sljedećeg posjetitelja za %n sekunde.</numerusform>
            <numerusform>Izložba počinje ispočetka za sljedećeg posjetitelja za %n sekundi.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Još malo</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Cijela karta</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Više o ovom mjestu</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Toga dana</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Nijedan događaj nije datiran na ovaj dan.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Otprilike u to vrijeme</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Dodirnite mjesto na karti da vidite što se ondje dogodilo.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Povećaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Smanji</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cijela karta</translation>
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
        <translation>Natrag</translation>
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
        <translation>%1, izvan ove karte</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
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
        <translation>Datum rođenja: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Datum smrti: %1</translation>
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
        <translation>Sljedeća fotografija</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Smanji</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Cijela slika</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Povećaj</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Zamjena: izvorna fotografija još nije izložena</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
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
        <translation>Mjesta</translation>
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
        <translation>Odustani</translation>
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
        <translation>Što se ovdje dogodilo</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Spominje se i u</translation>
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
        <translation>Karta na dan %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cijela karta</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Mjesto za portret</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Još nema portreta</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Sigurni način rada</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Nastavi prikazivati ovaj sadržaj</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Izađi iz sigurnog načina rada i ponovno pokreni</translation>
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
        <translation>Govorni način. Dodirnite zaslon da čujete što se na njemu nalazi, povucite udesno ili ulijevo za prijelaz sa stavke na stavku i dvaput dodirnite da neku otvorite. Na numeričkoj tipkovnici 4 i 6 pomiču, 5 otvara, a zvjezdica objašnjava sve tipke.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Dodirnite zaslon da čujete što je pod vašim prstom. Povucite udesno ili ulijevo, ili pritisnite 6 ili 4, za sljedeću ili prethodnu stavku. Povucite prema dolje ili prema gore, ili pritisnite 2 ili 8, za sljedeći ili prethodni naslov ili za pomicanje klizača. Dvaput dodirnite, ili pritisnite 5 ili Enter, da otvorite stavku. Dodirnite s dva prsta, ili pritisnite 3, za stanku. Pritisnite 7 za prvi zaslon, 1 za povratak, 9 da ponovno čujete stavku, plus ili minus za glasnoću, kosu crtu za drugi jezik i 0 za izlaz iz govornog načina.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Govorni način isključen.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Glasnoća: %1 od 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, poveznica</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, gumb</translation>
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
        <translation>%1, odabrano</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Mjesta na karti</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Strelice na karti: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Također na karti: %1</translation>
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
        <translation>Pokreni</translation>
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
        <translation>Kronologija, %1</translation>
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
        <translation>Poznat samo mjesec ili dulje razdoblje</translation>
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
