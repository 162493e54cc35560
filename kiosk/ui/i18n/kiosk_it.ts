<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Uso facilitato</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Dimensione del testo %1 di %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Tutto più in basso</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Queste impostazioni valgono solo per questa visita; poi tutto torna come prima.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Nessun PIN di amministrazione impostato. Impostarlo con: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprovare tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati. Riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Il PIN non è corretto.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>L’amministrazione sta per chiudersi.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Torna alla mostra</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuti</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>In uso: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Cartella: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Dal: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Ricontrolla la cartella</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Torna ai contenuti precedenti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visite: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Durata mediana di una visita: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Schermate viste: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Lingua all&apos;inizio di ogni visita</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Tempo di inattività</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Più breve</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Più lungo</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Schermo</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Test tattile</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Immagine di test</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Registro (più recenti in fondo)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Riavvia la postazione</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Tocca di nuovo per uscire</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Toccare lo schermo per iniziare</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Persone in questo capitolo</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Luoghi</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Capitolo %1 di %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Capitolo precedente</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Avanti: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capitolo successivo</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Nota curatoriale</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Vedi sulla mappa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Vedi %1 sulla mappa</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Luoghi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Nel racconto</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>È noto solo l&apos;anno.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>I giorni esatti non sono noti.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Evento precedente</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Avanti: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Evento successivo</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Non ancora tradotto: testo in lingua originale</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Il racconto</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n capitolo da leggere</numerusform>
            <numerusform>%n capitoli da leggere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografia con la sua storia</numerusform>
            <numerusform>%n fotografie con le loro storie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografia</numerusform>
            <numerusform>%n biografie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n evento, giorno per giorno</numerusform>
            <numerusform>%n eventi, giorno per giorno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n luogo sulla mappa</numerusform>
            <numerusform>%n luoghi sulla mappa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>È ancora qui?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Tra %n secondo la mostra ricomincia da capo per la prossima visita.</numerusform>
            <numerusform>Tra %n secondi la mostra ricomincia da capo per la prossima visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Sono ancora qui</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Tutta la mappa</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Altro su questo luogo</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>In questo giorno</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Nessun evento è datato a questo giorno.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>In quel periodo</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Toccare un luogo sulla mappa per scoprire che cosa vi accadde.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Tutta la mappa</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Accessibilità: dimensione del testo, contrasto, altezza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, fuori da questa mappa</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>Nel racconto</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nascita: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Morte: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Fotografia precedente</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Fotografia successiva</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Adatta allo schermo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Segnaposto: la fotografia originale non è ancora esposta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Nel racconto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Luoghi</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Riservato al personale: inserire il PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Che cosa accadde qui</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Citato anche in</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Nel racconto</translation>
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
        <translation>La mappa mostra il %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Tutta la mappa</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Segnaposto del ritratto</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Nessun ritratto</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Modalità provvisoria</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Continua a mostrare questi contenuti</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Esci dalla modalità provvisoria e riavvia</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Modalità vocale. Toccare lo schermo per sentire che cosa c&apos;è, scorrere a destra o a sinistra per passare da un elemento all&apos;altro e toccare due volte per aprirne uno. Sul tastierino numerico, 4 e 6 spostano, 5 apre e l&apos;asterisco spiega tutti i tasti.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Toccare lo schermo per sentire che cosa c&apos;è sotto il dito. Scorrere a destra o a sinistra, o premere 6 o 4, per l&apos;elemento successivo o precedente. Scorrere in basso o in alto, o premere 2 o 8, per il titolo successivo o precedente, o per spostare un cursore. Toccare due volte, o premere 5 o Invio, per aprire l&apos;elemento. Toccare con due dita, o premere 3, per mettere in pausa. Premere 7 per la prima schermata, 1 per tornare indietro, 9 per riascoltare un elemento, più o meno per il volume, la barra per un&apos;altra lingua e 0 per uscire dalla modalità vocale.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Modalità vocale disattivata.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volume %1 per cento</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, collegamento</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, pulsante</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, cursore</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, immagine</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, selezionato</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Luoghi sulla mappa</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Frecce sulla mappa: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Anche sulla mappa: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Il racconto</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capitolo %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
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
        <translation>Cronologia, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Noto solo il mese, o su un periodo più lungo</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Apri: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>pp. %1</translation>
    </message>
</context>
</TS>
