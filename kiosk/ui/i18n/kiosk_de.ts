<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Bedienung erleichtern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Schriftgröße %1 von %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Alles nach unten rücken</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Diese Einstellungen gelten nur für Ihren Besuch; danach wird alles zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Es ist keine Admin-PIN festgelegt. Festlegen mit: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Bitte in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Zu viele falsche PINs. Bitte in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist falsch.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Die Verwaltung wird gleich geschlossen.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Zurück zur Ausstellung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Seit: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Ordner erneut prüfen</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Vorherige Inhalte wiederherstellen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Besuchsdauer (Median): %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Aufgerufene Ansichten: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Sprache zu Beginn eines Besuchs</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Ruhezeit bis zum Besuchsende</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Kürzer</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch-Test</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Protokoll (neueste Einträge unten)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Kiosk neu starten</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Zum Beenden erneut tippen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Zum Starten berühren</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Personen in diesem Kapitel</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Kapitel %1 von %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Vorheriges Kapitel</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Nächstes Kapitel</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Kuratorische Anmerkung</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1 auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In der Geschichte</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Nur das Jahr ist bekannt.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Die genauen Tage sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Früheres Ereignis</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Späteres Ereignis</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Noch nicht übersetzt: in der Originalsprache</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n Fotografie</numerusform>
            <numerusform>%n Fotografien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Die Geschichte</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n Kapitel zum Lesen</numerusform>
            <numerusform>%n Kapitel zum Lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n Fotografie mit ihrer Geschichte</numerusform>
            <numerusform>%n Fotografien mit ihren Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n Biografie</numerusform>
            <numerusform>%n Biografien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n Ereignis, Tag für Tag</numerusform>
            <numerusform>%n Ereignisse, Tag für Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n Ort auf der Karte</numerusform>
            <numerusform>%n Orte auf der Karte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>In %n Sekunde beginnt die Ausstellung für den nächsten Besuch von vorn.</numerusform>
            <numerusform>In %n Sekunden beginnt die Ausstellung für den nächsten Besuch von vorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Mehr über diesen Ort</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Für diesen Tag ist kein Ereignis verzeichnet.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Um diese Zeit</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Berühren Sie einen Ort auf der Karte, um zu sehen, was dort geschah.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
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
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Barrierefreiheit: Schriftgröße, Kontrast, Reichweite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, außerhalb dieser Karte</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>In der Geschichte</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Gestorben %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Vorherige Fotografie</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Nächste Fotografie</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Platzhalter: Die Originalfotografie wird noch nicht gezeigt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In der Geschichte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für Personal: PIN eingeben</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Was hier geschah</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Auch erwähnt in</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In der Geschichte</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografien</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Die Karte zeigt den %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Platzhalter für ein Porträt</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Noch kein Porträt</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Abgesicherter Modus</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Diese Inhalte weiter zeigen</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Abgesicherten Modus verlassen und neu starten</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Sprachausgabe. Berühren Sie den Bildschirm, um zu hören, was dort ist, wischen Sie nach rechts oder links, um von Eintrag zu Eintrag zu gehen, und tippen Sie doppelt, um einen zu öffnen. Auf dem Ziffernblock bewegen 4 und 6, 5 öffnet, und der Stern erklärt alle Tasten.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Berühren Sie den Bildschirm, um zu hören, was unter Ihrem Finger ist. Wischen Sie nach rechts oder links oder drücken Sie 6 oder 4 für den nächsten oder vorigen Eintrag. Wischen Sie nach unten oder oben oder drücken Sie 2 oder 8 für die nächste oder vorige Überschrift oder um einen Schieberegler zu bewegen. Tippen Sie doppelt oder drücken Sie 5 oder Enter, um den Eintrag zu öffnen. Tippen Sie mit zwei Fingern oder drücken Sie 3, um anzuhalten. Drücken Sie 7 für den ersten Bildschirm, 1 für zurück, 9, um einen Eintrag noch einmal zu hören, Plus oder Minus für die Lautstärke, Schrägstrich für eine andere Sprache und 0, um die Sprachausgabe zu beenden.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Sprachausgabe aus.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Lautstärke %1 Prozent</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, Link</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, Schaltfläche</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, Schieberegler</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, Bild</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Orte auf der Karte</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Pfeile auf der Karte: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Außerdem auf der Karte: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Die Geschichte</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
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
        <translation>Zeitleiste, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Nur auf den Monat genau bekannt oder über längere Zeit</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Öffnen: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>S. %1</translation>
    </message>
</context>
</TS>
