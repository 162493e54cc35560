<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Mai ușor de folosit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Mărimea textului %1 din %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Totul mai jos</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Aceste setări sunt valabile doar pentru vizita dumneavoastră; următorul vizitator o ia de la capăt.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Nu este setat un PIN de administrare. Setați-l cu comanda: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe PIN-uri greșite. Încercați din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN-ul nu este corect.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Administrarea se va închide în curând.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administrare</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Înapoi la expoziție</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conținut</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Se afișează: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dosar: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Afișat din: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Verificați din nou dosarul</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Reveniți la conținutul anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Vizite: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Durata mediană a vizitei: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Ecrane vizualizate: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Limba pentru un vizitator nou</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Inactivitate până la încheierea vizitei</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Mai scurt</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Mai lung</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ecran</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Test tactil</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Imagine de test</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Jurnal (cele mai noi la final)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reporniți chioșcul</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Atingeți din nou pentru a ieși</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Atingeți ecranul pentru a începe</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Persoane din acest capitol</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Capitolul %1 din %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Capitolul anterior</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Urmează: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capitolul următor</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Nota curatorului</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Arătați pe hartă</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Arătați %1 pe hartă</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>În poveste</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Se cunoaște doar anul.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Zilele exacte nu se cunosc.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Evenimentul anterior</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Urmează: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Evenimentul următor</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Netradus încă: afișat în limba originală</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotografie</numerusform>
            <numerusform>%n fotografii</numerusform>
            <numerusform>%n de fotografii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Povestea</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Hartă</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n capitol de citit</numerusform>
            <numerusform>%n capitole de citit</numerusform>
            <numerusform>%n de capitole de citit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografie cu povestea ei</numerusform>
            <numerusform>%n fotografii cu povești</numerusform>
            <numerusform>%n de fotografii cu povești</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografie</numerusform>
            <numerusform>%n biografii</numerusform>
            <numerusform>%n de biografii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n eveniment, zi de zi</numerusform>
            <numerusform>%n evenimente, zi de zi</numerusform>
            <numerusform>%n de evenimente, zi de zi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n loc pe hartă</numerusform>
            <numerusform>%n locuri pe hartă</numerusform>
            <numerusform>%n de locuri pe hartă</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Expoziția o ia de la capăt pentru următorul vizitator peste %n secundă.</numerusform>
            <numerusform>Expoziția o ia de la capăt pentru următorul vizitator peste %n secunde.</numerusform>
            <numerusform>Expoziția o ia de la capăt pentru următorul vizitator peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mai rămân</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Hartă</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Toată harta</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Mai multe despre acest loc</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>În această zi</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Niciun eveniment nu are această dată.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Tot atunci</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Atingeți un loc pe hartă pentru a vedea ce s-a întâmplat acolo.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Măriți</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorați</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Toată harta</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Accesibilitate: mărimea textului, contrast, înălțime</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, în afara acestei hărți</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>În poveste</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Data nașterii: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Data decesului: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Fotografia anterioară</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Fotografia următoare</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorați</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Potriviți pe ecran</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Măriți</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Imagine provizorie: fotografia originală nu este încă expusă</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>În poveste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Doar pentru personal: PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Confirmați</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Ce s-a întâmplat aici</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Menționat și în</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>În poveste</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografii</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Harta la %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Toată harta</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Loc pentru portret</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Încă fără portret</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Mod sigur</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Continuați să afișați acest conținut</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Ieșiți din modul sigur și reporniți</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Modul vocal. Atingeți ecranul ca să auziți ce se află acolo, glisați la dreapta sau la stânga ca să treceți de la un element la altul și atingeți de două ori ca să deschideți unul. Pe tastatura numerică, 4 și 6 mută, 5 deschide, iar steluța explică toate tastele.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Atingeți ecranul ca să auziți ce se află sub degetul dumneavoastră. Glisați la dreapta sau la stânga, sau apăsați 6 sau 4, pentru elementul următor sau anterior. Glisați în jos sau în sus, sau apăsați 2 sau 8, pentru titlul următor sau anterior, ori ca să mutați un cursor. Atingeți de două ori, sau apăsați 5 sau Enter, ca să deschideți elementul. Atingeți cu două degete, sau apăsați 3, ca să faceți o pauză. Apăsați 7 pentru primul ecran, 1 ca să reveniți, 9 ca să auziți din nou un element, plus sau minus pentru volum, bara oblică pentru altă limbă și 0 ca să încheiați modul vocal.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Modul vocal este oprit.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volum: %1 din 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, link</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, buton</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, cursor</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, imagine</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, selectat</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Locuri pe hartă</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Săgeți pe hartă: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Tot pe hartă: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Povestea</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capitolul %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Redare</translation>
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
        <translation>Cronologie, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Mai devreme</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mai târziu</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Se cunoaște doar luna sau o perioadă mai lungă</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Mergeți la: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
</TS>
