<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Facilitar el uso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Tamaño del texto %1 de %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Todo más abajo</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Estos ajustes solo se aplican a esta visita; después todo vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>No hay ningún PIN de administración. Establézcalo con: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>La administración está a punto de cerrarse.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Volver a la exposición</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>En pantalla: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Revisar de nuevo la carpeta</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Volver al contenido anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visitas: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Duración mediana de la visita: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Pantallas vistas: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Idioma al empezar cada visita</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Más corto</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Prueba táctil</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Patrón de prueba</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Registro (lo más reciente al final)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el terminal</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Toque de nuevo para salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Personas en este capítulo</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Capítulo %1 de %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Capítulo anterior</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capítulo siguiente</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Nota del comisariado</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Ver en el mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Ver %1 en el mapa</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>En el relato</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Solo se conoce el año.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>No se conocen los días exactos.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Acontecimiento anterior</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Acontecimiento posterior</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Aún sin traducir: se muestra en el idioma original</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotografía</numerusform>
            <numerusform>%n fotografías</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>El relato</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n capítulo para leer</numerusform>
            <numerusform>%n capítulos para leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografía con su historia</numerusform>
            <numerusform>%n fotografías con sus historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografía</numerusform>
            <numerusform>%n biografías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n acontecimiento, día a día</numerusform>
            <numerusform>%n acontecimientos, día a día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n lugar en el mapa</numerusform>
            <numerusform>%n lugares en el mapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Dentro de %n segundo, la exposición volverá a empezar para la siguiente visita.</numerusform>
            <numerusform>Dentro de %n segundos, la exposición volverá a empezar para la siguiente visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Sigo aquí</translation>
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
        <translation>Todo el mapa</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Más sobre este lugar</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ese día</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Ningún acontecimiento está fechado en este día.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Por las mismas fechas</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Toque un lugar del mapa para ver qué ocurrió allí.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Todo el mapa</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Accesibilidad: tamaño del texto, contraste, altura</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, fuera de este mapa</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>En el relato</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacimiento: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Fallecimiento: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Fotografía anterior</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Fotografía siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Ajustar a la pantalla</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Imagen provisional: la fotografía original aún no se expone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>En el relato</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Acceso solo para personal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Qué ocurrió aquí</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>También citado en</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>En el relato</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>El mapa muestra el %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Todo el mapa</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Retrato provisional</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Aún sin retrato</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Modo seguro</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Seguir mostrando este contenido</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Salir del modo seguro y reiniciar</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Modo de voz. Toque la pantalla para oír lo que hay, deslice a la derecha o a la izquierda para pasar de un elemento a otro y toque dos veces para abrir uno. En el teclado numérico, 4 y 6 mueven, 5 abre y el asterisco explica todas las teclas.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Toque la pantalla para oír lo que hay bajo su dedo. Deslice a la derecha o a la izquierda, o pulse 6 o 4, para el elemento siguiente o anterior. Deslice hacia abajo o hacia arriba, o pulse 2 u 8, para el título siguiente o anterior, o para mover un control deslizante. Toque dos veces, o pulse 5 o Intro, para abrir el elemento. Toque con dos dedos, o pulse 3, para hacer una pausa. Pulse 7 para la primera pantalla, 1 para volver, 9 para volver a oír un elemento, más o menos para el volumen, la barra para otro idioma y 0 para salir del modo de voz.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Modo de voz desactivado.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volumen %1 por ciento</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, enlace</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, botón</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, control deslizante</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, imagen</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, seleccionado</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Lugares en el mapa</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Flechas en el mapa: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>También en el mapa: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>El relato</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
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
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Cronología, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Solo se conoce el mes, o abarca más tiempo</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Abrir: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>págs. %1</translation>
    </message>
</context>
</TS>
