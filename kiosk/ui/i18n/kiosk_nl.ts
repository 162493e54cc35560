<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Makkelijker in gebruik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Tekstgrootte %1 van %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Alles lager plaatsen</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Deze instellingen gelden alleen voor uw bezoek; daarna begint alles opnieuw.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Er is geen beheerderspincode ingesteld. Stel er een in met: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Die pincode klopt niet.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Het beheer wordt zo gesloten.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Terug naar de tentoonstelling</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Getoond: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Sinds: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Map opnieuw controleren</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Terug naar de vorige inhoud</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Bezoeken: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Mediane bezoekduur: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Bekeken schermen: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Taal aan het begin van een bezoek</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Wachttijd tot einde bezoek</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Korter</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Langer</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Scherm</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Aanraaktest</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Testbeeld</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Logboek (nieuwste onderaan)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Kiosk herstarten</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Tik nogmaals om af te sluiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Raak het scherm aan om te beginnen</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Personen in dit hoofdstuk</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Hoofdstuk %1 van %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Vorig hoofdstuk</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Volgend hoofdstuk</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Noot van de conservator</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Op de kaart tonen</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1 op de kaart tonen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In het verhaal</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Alleen het jaar is bekend.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>De precieze dagen zijn niet bekend.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Eerdere gebeurtenis</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Latere gebeurtenis</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Nog niet vertaald: getoond in de oorspronkelijke taal</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n hoofdstuk om te lezen</numerusform>
            <numerusform>%n hoofdstukken om te lezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n foto met verhaal</numerusform>
            <numerusform>%n foto&apos;s met verhaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografie</numerusform>
            <numerusform>%n biografieën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n gebeurtenis, dag voor dag</numerusform>
            <numerusform>%n gebeurtenissen, dag voor dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n plaats op de kaart</numerusform>
            <numerusform>%n plaatsen op de kaart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde begint de tentoonstelling opnieuw voor de volgende bezoeker.</numerusform>
            <numerusform>Over %n seconden begint de tentoonstelling opnieuw voor de volgende bezoeker.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Meer tijd</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Hele kaart</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Meer over deze plaats</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Op deze dag</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Er is geen gebeurtenis op deze dag gedateerd.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Rond deze tijd</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Raak een plaats op de kaart aan om te zien wat daar gebeurde.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kaart</translation>
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
        <translation>Terug</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Toegankelijkheid: tekstgrootte, contrast, bereik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, buiten deze kaart</translation>
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
        <translation>In het verhaal</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Overleden %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Vorige foto</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Volgende foto</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Hele foto</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Voorlopige afbeelding: de originele foto is nog niet te zien</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In het verhaal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Alleen voor personeel</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Wat hier gebeurde</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Ook genoemd in</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>In het verhaal</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Foto&apos;s</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>De kaart toont %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kaart</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Voorlopig portret</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Nog geen portret</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Veilige modus</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Deze inhoud blijven tonen</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Veilige modus verlaten en herstarten</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Spraakmodus. Raak het scherm aan om te horen wat er staat, veeg naar rechts of links om van onderdeel naar onderdeel te gaan en tik twee keer om er een te openen. Op het numerieke toetsenblok verplaatsen 4 en 6, opent 5 en legt het sterretje alle toetsen uit.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Raak het scherm aan om te horen wat er onder uw vinger staat. Veeg naar rechts of links, of druk op 6 of 4, voor het volgende of vorige onderdeel. Veeg omlaag of omhoog, of druk op 2 of 8, voor de volgende of vorige kop, of om een schuifregelaar te verplaatsen. Tik twee keer, of druk op 5 of Enter, om het onderdeel te openen. Tik met twee vingers, of druk op 3, om te pauzeren. Druk op 7 voor het eerste scherm, 1 om terug te gaan, 9 om een onderdeel opnieuw te horen, plus of min voor het volume, schuine streep voor een andere taal en 0 om de spraakmodus te beëindigen.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Spraakmodus uit.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volume %1 procent</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, link</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, knop</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, schuifregelaar</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, afbeelding</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, geselecteerd</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Plaatsen op de kaart</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Pijlen op de kaart: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Ook op de kaart: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Hoofdstuk %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
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
        <translation>Tijdlijn, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Alleen op de maand bekend, of over een langere periode</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Openen: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>blz. %1</translation>
    </message>
</context>
</TS>
