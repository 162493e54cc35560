<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Facilitar a utilização</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Tamanho do texto %1 de %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Tudo mais abaixo</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Estas definições só valem para esta visita; depois, tudo volta ao início.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Não está definido nenhum PIN de administração. Defina um com: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Muitos PIN errados. Tente novamente dentro de %n segundo.</numerusform>
            <numerusform>Muitos PIN errados. Tente novamente dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Esse PIN não está correto.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>A administração vai fechar dentro de instantes.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Voltar à exposição</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Em exibição: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Verificar novamente a pasta</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Voltar ao conteúdo anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visitas: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Duração mediana da visita: %1 s</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Páginas vistas: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Idioma no início de cada visita</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Tempo de inatividade</translation>
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
        <translation>Mais curto</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Mais longo</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Teste de toque</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Imagem de teste</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Registo (mais recentes no fim)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reiniciar o quiosque</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Toque novamente para sair</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Toque para começar</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Pessoas neste capítulo</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimentos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
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
        <translation>Seguinte: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capítulo seguinte</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Nota da curadoria</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Ver no mapa</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Ver %1 no mapa</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Na história</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Só se conhece o ano.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Os dias exatos não são conhecidos.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Acontecimento anterior</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Seguinte: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Acontecimento seguinte</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Ainda sem tradução: apresentado na língua original</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotografia</numerusform>
            <numerusform>%n fotografias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>A história</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n capítulo para ler</numerusform>
            <numerusform>%n capítulos para ler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n fotografia com a sua história</numerusform>
            <numerusform>%n fotografias com as suas histórias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biografia</numerusform>
            <numerusform>%n biografias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n acontecimento, dia a dia</numerusform>
            <numerusform>%n acontecimentos, dia a dia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n local no mapa</numerusform>
            <numerusform>%n locais no mapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Dentro de %n segundo, a exposição recomeça para a próxima visita.</numerusform>
            <numerusform>Dentro de %n segundos, a exposição recomeça para a próxima visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mais tempo</translation>
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
        <translation>Mapa inteiro</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Mais sobre este local</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Neste dia</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Nenhum acontecimento tem esta data.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Na mesma época</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Toque num local do mapa para ver o que lá aconteceu.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa inteiro</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Acessibilidade: tamanho do texto, contraste, altura</translation>
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
        <translation>%1, fora deste mapa</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>Na história</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimentos</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nascimento: %1</translation>
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
        <translation>Fotografia anterior</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Fotografia seguinte</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Imagem inteira</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Imagem provisória: a fotografia original ainda não está exposta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Na história</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimentos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Só para o pessoal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>O que aconteceu aqui</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Também referido em</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Na história</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografias</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>O mapa mostra o dia %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa inteiro</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Retrato provisório</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Ainda sem retrato</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Modo de segurança</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Continuar a mostrar este conteúdo</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Sair do modo de segurança e reiniciar</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Modo de voz. Toque no ecrã para ouvir o que lá está, deslize para a direita ou para a esquerda para passar de um elemento para outro e toque duas vezes para abrir um. No teclado numérico, 4 e 6 movem, 5 abre e o asterisco explica todas as teclas.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Toque no ecrã para ouvir o que está debaixo do seu dedo. Deslize para a direita ou para a esquerda, ou prima 6 ou 4, para o elemento seguinte ou anterior. Deslize para baixo ou para cima, ou prima 2 ou 8, para o título seguinte ou anterior, ou para mover um cursor. Toque duas vezes, ou prima 5 ou Enter, para abrir o elemento. Toque com dois dedos, ou prima 3, para fazer uma pausa. Prima 7 para o primeiro ecrã, 1 para voltar atrás, 9 para ouvir de novo um elemento, mais ou menos para o volume, a barra para outra língua e 0 para sair do modo de voz.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Modo de voz desligado.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Volume %1 por cento</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, ligação</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, botão</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, cursor</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, imagem</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, selecionado</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Locais no mapa</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Setas no mapa: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Também no mapa: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>A história</translation>
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
        <translation>Concluído</translation>
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
        <translation>Reproduzir</translation>
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
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Só se conhece o mês, ou abrange um período mais longo</translation>
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
        <translation>Concluído</translation>
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
