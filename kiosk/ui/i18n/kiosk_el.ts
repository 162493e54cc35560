<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Πιο εύκολη χρήση</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Μέγεθος κειμένου</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Μέγεθος κειμένου %1 από %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Όλα πιο χαμηλά</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Οι ρυθμίσεις ισχύουν μόνο για τη δική σας επίσκεψη· ο επόμενος επισκέπτης ξεκινά από την αρχή.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Δεν έχει οριστεί PIN διαχείρισης. Ορίστε το με την εντολή: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Πάρα πολλά λανθασμένα PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Πάρα πολλά λανθασμένα PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Το PIN δεν είναι σωστό.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Η διαχείριση θα κλείσει σε λίγο.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Διαχείριση</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Επιστροφή στην έκθεση</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Προβάλλεται: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Φάκελος: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Σε προβολή από: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Νέος έλεγχος του φακέλου</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Επαναφορά προηγούμενου περιεχομένου</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Επισκέψεις: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Διάμεση διάρκεια επίσκεψης: %1 δευτ.</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Οθόνες που προβλήθηκαν: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Γλώσσα για κάθε νέο επισκέπτη</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Λήξη επίσκεψης λόγω αδράνειας</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n δευτερόλεπτο</numerusform>
            <numerusform>%n δευτερόλεπτα</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Λιγότερο</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Περισσότερο</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Οθόνη</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Έλεγχος αφής</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Εικόνα ελέγχου</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Αρχείο καταγραφής (νεότερα κάτω)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Επανεκκίνηση του κιόσκ</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Πατήστε ξανά για έξοδο</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Αγγίξτε για να ξεκινήσετε</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Πρόσωπα σε αυτό το κεφάλαιο</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Γεγονότα</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Τόποι</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Κεφάλαιο %1 από %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Προηγούμενο κεφάλαιο</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Επόμενο: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Επόμενο κεφάλαιο</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Σημείωμα επιμέλειας</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Στον χάρτη</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1: εμφάνιση στον χάρτη</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Τόποι</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Στην ιστορία</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Είναι γνωστό μόνο το έτος.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Οι ακριβείς ημέρες δεν είναι γνωστές.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Οργανισμοί</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Προηγούμενο γεγονός</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Επόμενο: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Επόμενο γεγονός</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Αμετάφραστο ακόμη: στην αρχική γλώσσα</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n φωτογραφία</numerusform>
            <numerusform>%n φωτογραφίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Η ιστορία</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n κεφάλαιο για ανάγνωση</numerusform>
            <numerusform>%n κεφάλαια για ανάγνωση</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n φωτογραφία με την ιστορία της</numerusform>
            <numerusform>%n φωτογραφίες με τις ιστορίες τους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n βιογραφία</numerusform>
            <numerusform>%n βιογραφίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n γεγονός, μέρα με τη μέρα</numerusform>
            <numerusform>%n γεγονότα, μέρα με τη μέρα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n τόπος στον χάρτη</numerusform>
            <numerusform>%n τόποι στον χάρτη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Είστε ακόμη εδώ;</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Η έκθεση θα ξεκινήσει από την αρχή για τον επόμενο επισκέπτη σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Η έκθεση θα ξεκινήσει από την αρχή για τον επόμενο επισκέπτη σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Περισσότερος χρόνος</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Όλος ο χάρτης</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Περισσότερα για αυτόν τον τόπο</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Αυτή την ημέρα</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Κανένα γεγονός δεν χρονολογείται σε αυτή την ημέρα.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Την ίδια περίοδο</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Αγγίξτε έναν τόπο στον χάρτη για να δείτε τι συνέβη εκεί.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Όλος ο χάρτης</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Αρχική</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Προσβασιμότητα: μέγεθος κειμένου, αντίθεση, ύψος</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, εκτός χάρτη</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>Στην ιστορία</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Γεγονότα</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Γέννηση: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Θάνατος: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Προηγούμενη φωτογραφία</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Επόμενη φωτογραφία</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Προσαρμογή στην οθόνη</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Προσωρινή εικόνα: η πρωτότυπη φωτογραφία δεν εκτίθεται ακόμη</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Στην ιστορία</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Γεγονότα</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Τόποι</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Μόνο για το προσωπικό</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Επιβεβαίωση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Τι συνέβη εδώ</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Αναφέρεται επίσης σε</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Στην ιστορία</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Φωτογραφίες</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Ο χάρτης δείχνει: %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Όλος ο χάρτης</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Προσωρινή εικόνα πορτρέτου</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Χωρίς πορτρέτο</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Ασφαλής λειτουργία</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Διατήρηση αυτού του περιεχομένου</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Έξοδος από την ασφαλή λειτουργία και επανεκκίνηση</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Λειτουργία ομιλίας. Αγγίξτε την οθόνη για να ακούσετε τι υπάρχει εκεί, σύρετε δεξιά ή αριστερά για να πηγαίνετε από στοιχείο σε στοιχείο και πατήστε δύο φορές για να ανοίξετε ένα. Στο αριθμητικό πληκτρολόγιο, το 4 και το 6 μετακινούν, το 5 ανοίγει και ο αστερίσκος εξηγεί όλα τα πλήκτρα.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Αγγίξτε την οθόνη για να ακούσετε τι βρίσκεται κάτω από το δάχτυλό σας. Σύρετε δεξιά ή αριστερά, ή πατήστε 6 ή 4, για το επόμενο ή το προηγούμενο στοιχείο. Σύρετε προς τα κάτω ή προς τα πάνω, ή πατήστε 2 ή 8, για την επόμενη ή την προηγούμενη επικεφαλίδα ή για να μετακινήσετε ένα ρυθμιστικό. Πατήστε δύο φορές, ή πατήστε 5 ή Enter, για να ανοίξετε το στοιχείο. Αγγίξτε με δύο δάχτυλα, ή πατήστε 3, για παύση. Πατήστε 7 για την πρώτη οθόνη, 1 για επιστροφή, 9 για να ακούσετε ξανά ένα στοιχείο, συν ή πλην για την ένταση, την κάθετο για άλλη γλώσσα και 0 για έξοδο από τη λειτουργία ομιλίας.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Η λειτουργία ομιλίας απενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Ένταση %1 τοις εκατό</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, σύνδεσμος</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, κουμπί</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, ρυθμιστικό</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, εικόνα</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, επιλεγμένο</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Τοποθεσίες στον χάρτη</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Βέλη στον χάρτη: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Επίσης στον χάρτη: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Η ιστορία</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Κεφάλαιο %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ημερομηνία: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Χρονολόγιο, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Νωρίτερα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Γνωστός μόνο ο μήνας ή μεγαλύτερη διάρκεια</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Μετάβαση: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>σσ. %1</translation>
    </message>
</context>
</TS>
