<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Прилагодите приказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Величина слова</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Величина слова %1 од %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Јак контраст</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Све спусти ниже</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ова подешавања важе само за вашу посету; следећи посетилац почиње испочетка.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN за администрацију није постављен. Поставите га командом: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунду.</numerusform>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунде.</numerusform>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Тај PIN није исправан.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Администрација ће се ускоро затворити.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Администрација</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Назад на изложбу</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Садржај</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Приказује се: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Фасцикла: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Од: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Поново провери фасциклу</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Врати претходни садржај</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Данас</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Посете: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Медијана посете: %1 с</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Прегледаних екрана: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Језик за новог посетиоца</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Време мировања пре краја посете</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунде</numerusform>
            <numerusform>%n секунди</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Краће</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Дуже</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Провера додира</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Тест-слика</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Дневник (најновије на крају)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Поново покрени киоск</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Додирните поново да затворите</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Додирните екран да почнете</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Личности у овом поглављу</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Поглавље %1 од %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Претходно поглавље</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следеће: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Следеће поглавље</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Напомена кустоса</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Прикажи на мапи</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Прикажи %1 на мапи</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Позната је само година.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Тачни дани нису познати.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организације</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Претходни догађај</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следеће: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Следећи догађај</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Још није преведено: приказано на изворном језику</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n фотографија</numerusform>
            <numerusform>%n фотографије</numerusform>
            <numerusform>%n фотографија</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Прича</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологија</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Мапа</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n поглавље за читање</numerusform>
            <numerusform>%n поглавља за читање</numerusform>
            <numerusform>%n поглавља за читање</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n фотографија са причом</numerusform>
            <numerusform>%n фотографије са причом</numerusform>
            <numerusform>%n фотографија са причом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n биографија</numerusform>
            <numerusform>%n биографије</numerusform>
            <numerusform>%n биографија</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n догађај, дан по дан</numerusform>
            <numerusform>%n догађаја, дан по дан</numerusform>
            <numerusform>%n догађаја, дан по дан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n место на мапи</numerusform>
            <numerusform>%n места на мапи</numerusform>
            <numerusform>%n места на мапи</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Да ли сте још ту?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунду.</numerusform>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунде.</numerusform>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Још времена</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Мапа</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Цела мапа</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Више о овом месту</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Тог дана</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Ниједан догађај није датиран на овај дан.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Отприлике у то време</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Додирните место на мапи да видите шта се тамо догодило.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Цела мапа</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Приступачност: величина слова, контраст, досег</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, ван ове мапе</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Рођен %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Умро %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Претходна фотографија</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Следећа фотографија</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Цела слика</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Замена: оригинална фотографија још није изложена</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Само за особље: унесите PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Потврди</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Шта се овде догодило</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Помиње се и у</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Мапа приказује %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Цела мапа</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Замена за портрет</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Портрет још није доступан</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Безбедни режим</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Настави да приказујеш овај садржај</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Изађи из безбедног режима и поново покрени</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Извори</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Говорни режим. Додирните екран да чујете шта је на њему, превуците удесно или улево да прелазите са ставке на ставку и двапут додирните да неку отворите. На нумеричкој тастатури 4 и 6 померају, 5 отвара, а звездица објашњава све тастере.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Додирните екран да чујете шта је испод вашег прста. Превуците удесно или улево, или притисните 6 или 4, за следећу или претходну ставку. Превуците надоле или нагоре, или притисните 2 или 8, за следећи или претходни наслов, или да померите клизач. Двапут додирните, или притисните 5 или Ентер, да отворите ставку. Додирните са два прста, или притисните 3, за паузу. Притисните 7 за први екран, 1 за назад, 9 да поново чујете ставку, плус или минус за јачину звука, косу црту за други језик и 0 да изађете из говорног режима.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Говорни режим искључен.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Јачина звука: %1 од 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, веза</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, дугме</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, клизач</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, слика</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, изабрано</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Места на мапи</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Стрелице на мапи: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Такође на мапи: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Прича</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Поглавље %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пусти</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Датум: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Хронологија, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раније</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Касније</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Познат само месец, или дужи период</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Иди на: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>стр. %1</translation>
    </message>
</context>
</TS>
