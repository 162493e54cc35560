<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Faciliter l&apos;utilisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Taille du texte %1 sur %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Tout afficher plus bas</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ces réglages ne valent que pour votre visite&#x202f;; tout est ensuite remis à zéro.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Aucun code PIN d&apos;administration n&apos;est défini. Pour en définir un&#xa0;: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN est incorrect.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>L’administration va se fermer.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Retour à l&apos;exposition</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Vérifier à nouveau le dossier</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Revenir au contenu précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Durée médiane d&apos;une visite&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Écrans consultés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Langue au début de chaque visite</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Plus court</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Test tactile</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Mire de test</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Journal (le plus récent en bas)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Redémarrer la borne</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Touchez à nouveau pour quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Personnes de ce chapitre</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Chapitre %1 sur %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Chapitre précédent</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Chapitre suivant</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Note du commissariat</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Voir %1 sur la carte</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Dans le récit</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Seule l&apos;année est connue.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Les jours exacts ne sont pas connus.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Événement précédent</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Événement suivant</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Pas encore traduit&#xa0;: affiché dans la langue d&apos;origine</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n photographie</numerusform>
            <numerusform>%n photographies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Le récit</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n chapitre à lire</numerusform>
            <numerusform>%n chapitres à lire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n photographie et son histoire</numerusform>
            <numerusform>%n photographies et leurs histoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biographie</numerusform>
            <numerusform>%n biographies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n événement, jour par jour</numerusform>
            <numerusform>%n événements, jour par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n lieu sur la carte</numerusform>
            <numerusform>%n lieux sur la carte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Dans %n seconde, l&apos;exposition recommence pour la personne suivante.</numerusform>
            <numerusform>Dans %n secondes, l&apos;exposition recommence pour la personne suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Continuer la visite</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>En savoir plus sur ce lieu</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ce jour-là</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Aucun événement n&apos;est daté de ce jour.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>À la même période</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Touchez un lieu sur la carte pour voir ce qui s&apos;y est passé.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Accessibilité&#xa0;: taille du texte, contraste, hauteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, hors de cette carte</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>Dans le récit</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Naissance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Décès&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Photographie précédente</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Photographie suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Adapter à l&apos;écran</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Image provisoire&#xa0;: la photographie originale n&apos;est pas encore exposée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Dans le récit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Réservé au personnel&#xa0;: code PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Ce qui s&apos;est passé ici</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Également cité dans</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Dans le récit</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>La carte montre le %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Portrait provisoire</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Portrait à venir</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Mode sans échec</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Continuer à afficher ce contenu</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Quitter le mode sans échec et redémarrer</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Mode vocal. Touchez l&apos;écran pour entendre ce qui s&apos;y trouve, balayez vers la droite ou la gauche pour passer d&apos;un élément à l&apos;autre, et touchez deux fois pour en ouvrir un. Sur le pavé numérique, 4 et 6 déplacent, 5 ouvre, et l&apos;étoile explique toutes les touches.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Touchez l&apos;écran pour entendre ce qui se trouve sous votre doigt. Balayez vers la droite ou la gauche, ou appuyez sur 6 ou 4, pour l&apos;élément suivant ou précédent. Balayez vers le bas ou le haut, ou appuyez sur 2 ou 8, pour le titre suivant ou précédent, ou pour déplacer un curseur. Touchez deux fois, ou appuyez sur 5 ou Entrée, pour ouvrir l&apos;élément. Touchez avec deux doigts, ou appuyez sur 3, pour faire une pause. Appuyez sur 7 pour le premier écran, 1 pour revenir en arrière, 9 pour réentendre un élément, plus ou moins pour le volume, barre oblique pour une autre langue, et 0 pour quitter le mode vocal.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Mode vocal désactivé.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volume %1 pour cent</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, lien</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, bouton</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, curseur</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, image</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, sélectionné</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Lieux sur la carte</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Flèches sur la carte : %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Aussi sur la carte : %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Le récit</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapitre %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Chronologie, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Connu seulement au mois près, ou sur une plus longue durée</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Ouvrir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
