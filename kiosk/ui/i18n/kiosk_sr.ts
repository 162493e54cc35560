<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="32"/>
        <source>Make it easier to use</source>
        <translation>Прилагодите приказ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="45"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="52"/>
        <source>Text size</source>
        <translation>Величина слова</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="79"/>
        <source>Text size %1 of %2</source>
        <translation>Величина слова %1 од %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="90"/>
        <source>High contrast</source>
        <translation>Јак контраст</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="96"/>
        <source>Bring everything lower</source>
        <translation>Све спусти ниже</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/AccessibilityPanel.qml" line="103"/>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ова подешавања важе само за вашу посету; следећи посетилац почиње испочетка.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin.py" line="146"/>
        <location filename="../admin.py" line="153"/>
        <location filename="../admin.py" line="165"/>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN за администрацију није постављен. Поставите га командом: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin.py" line="156"/>
        <location filename="../admin.py" line="168"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунду.</numerusform>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунде.</numerusform>
            <numerusform>Превише погрешних PIN-ова. Покушајте поново за %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin.py" line="159"/>
        <source>That PIN is not right.</source>
        <translation>Тај PIN није исправан.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="34"/>
        <source>Admin</source>
        <translation>Администрација</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="46"/>
        <source>Back to the exhibit</source>
        <translation>Назад на изложбу</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="68"/>
        <source>Content</source>
        <translation>Садржај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="70"/>
        <source>Showing: %1</source>
        <translation>Приказује се: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="71"/>
        <source>Folder: %1</source>
        <translation>Фасцикла: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="72"/>
        <source>Since: %1</source>
        <translation>Од: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="78"/>
        <source>Check the folder again</source>
        <translation>Поново провери фасциклу</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="79"/>
        <source>Go back to the previous content</source>
        <translation>Врати претходни садржај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="94"/>
        <source>Today</source>
        <translation>Данас</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="96"/>
        <source>Visits: %1</source>
        <translation>Посете: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="97"/>
        <source>Median visit: %1 s</source>
        <translation>Медијана посете: %1 с</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="98"/>
        <source>Screens viewed: %1</source>
        <translation>Прегледаних екрана: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="102"/>
        <source>Language a new visitor finds</source>
        <translation>Језик за новог посетиоца</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="119"/>
        <source>Quiet time before a visit ends</source>
        <translation>Време мировања пре краја посете</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="120"/>
        <source>%1 seconds</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="126"/>
        <source>Shorter</source>
        <translation>Краће</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="131"/>
        <source>Longer</source>
        <translation>Дуже</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="136"/>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="140"/>
        <source>Touch test</source>
        <translation>Провера додира</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="141"/>
        <source>Test pattern</source>
        <translation>Тест-слика</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="144"/>
        <source>Leave safe mode</source>
        <translation>Изађи из безбедног режима</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="152"/>
        <source>Log (latest last)</source>
        <translation>Дневник (најновије на крају)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="160"/>
        <source>Restart the kiosk</source>
        <translation>Поново покрени киоск</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="163"/>
        <source>Tap again to quit</source>
        <translation>Додирните поново да затворите</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/AdminPanel.qml" line="163"/>
        <source>Quit</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/AttractScreen.qml" line="14"/>
        <location filename="../translations.py" line="94"/>
        <source>Touch to begin</source>
        <translation>Додирните екран да почнете</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="69"/>
        <source>People in this chapter</source>
        <translation>Личности у овом поглављу</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="75"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="81"/>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="87"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="100"/>
        <source>Chapter %1 of %2</source>
        <translation>Поглавље %1 од %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="145"/>
        <source>Previous chapter</source>
        <translation>Претходно поглавље</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="146"/>
        <source>Next: %1</source>
        <translation>Следеће: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="146"/>
        <source>Next chapter</source>
        <translation>Следеће поглавље</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <location filename="../qml/Kiosk/components/CuratorNote.qml" line="22"/>
        <source>Curator&apos;s note</source>
        <translation>Напомена кустоса</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="57"/>
        <source>Show on map</source>
        <translation>Прикажи на мапи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="58"/>
        <source>Show %1 on the map</source>
        <translation>Прикажи %1 на мапи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="64"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="70"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="76"/>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="82"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="141"/>
        <source>Only the year is known.</source>
        <translation>Позната је само година.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="141"/>
        <source>The exact days are not known.</source>
        <translation>Тачни дани нису познати.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="193"/>
        <source>Units</source>
        <translation>Јединице</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="236"/>
        <source>Earlier event</source>
        <translation>Претходни догађај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="237"/>
        <source>Next: %1</source>
        <translation>Следеће: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/EventScreen.qml" line="237"/>
        <source>Later event</source>
        <translation>Следећи догађај</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../qml/Kiosk/components/FallbackNote.qml" line="16"/>
        <source>Not yet translated: shown in the original language</source>
        <translation>Још није преведено: приказано на изворном језику</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/GalleriesScreen.qml" line="36"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/GalleriesScreen.qml" line="88"/>
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
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="12"/>
        <source>The story</source>
        <translation>Прича</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="13"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="14"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="15"/>
        <source>Timeline</source>
        <translation>Хронологија</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="16"/>
        <source>Campaign map</source>
        <translation>Мапа операција</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="19"/>
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n поглавље за читање</numerusform>
            <numerusform>%n поглавља за читање</numerusform>
            <numerusform>%n поглавља за читање</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="20"/>
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n фотографија са причом</numerusform>
            <numerusform>%n фотографије са причом</numerusform>
            <numerusform>%n фотографија са причом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="21"/>
        <source>%n biographies</source>
        <translation>
            <numerusform>%n биографија</numerusform>
            <numerusform>%n биографије</numerusform>
            <numerusform>%n биографија</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="22"/>
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n догађај, дан по дан</numerusform>
            <numerusform>%n догађаја, дан по дан</numerusform>
            <numerusform>%n догађаја, дан по дан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/HomeScreen.qml" line="23"/>
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
        <location filename="../qml/Kiosk/components/IdleOverlay.qml" line="12"/>
        <location filename="../qml/Kiosk/components/IdleOverlay.qml" line="25"/>
        <source>Still there?</source>
        <translation>Да ли сте још ту?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/components/IdleOverlay.qml" line="35"/>
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунду.</numerusform>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунде.</numerusform>
            <numerusform>Изложба почиње испочетка за следећег посетиоца за %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/IdleOverlay.qml" line="60"/>
        <source>More time</source>
        <translation>Још времена</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../qml/Kiosk/components/MapCanvas.qml" line="32"/>
        <source>Map</source>
        <translation>Мапа</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="67"/>
        <source>The campaign</source>
        <translation>Поход</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="103"/>
        <source>More about this place</source>
        <translation>Више о овом месту</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="116"/>
        <source>On this day</source>
        <translation>Тог дана</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="116"/>
        <source>No event is dated to this day.</source>
        <translation>Ниједан догађај није датиран на овај дан.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="142"/>
        <source>Around this time</source>
        <translation>Отприлике у то време</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/MapScreen.qml" line="166"/>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Додирните место на мапи да видите шта се тамо догодило.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <location filename="../qml/Kiosk/components/MapZoomControls.qml" line="16"/>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/MapZoomControls.qml" line="23"/>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/MapZoomControls.qml" line="29"/>
        <source>Whole map</source>
        <translation>Цела мапа</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/Kiosk/components/NavBar.qml" line="24"/>
        <source>Home</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/NavBar.qml" line="29"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/NavBar.qml" line="69"/>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Приступачност: величина слова, контраст, досег</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <location filename="../qml/Kiosk/components/OffMapPointer.qml" line="23"/>
        <source>%1, off this map</source>
        <translation>%1, ван ове мапе</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PeopleScreen.qml" line="34"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="48"/>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="54"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="60"/>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="125"/>
        <source>Born %1</source>
        <translation>Рођен %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="125"/>
        <source>Died %1</source>
        <translation>Умро %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="56"/>
        <source>Previous photograph</source>
        <translation>Претходна фотографија</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="65"/>
        <source>Next photograph</source>
        <translation>Следећа фотографија</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="80"/>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="86"/>
        <source>Fit to screen</source>
        <translation>Цела слика</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="92"/>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="101"/>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="140"/>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Замена: оригинална фотографија још није изложена</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="192"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="198"/>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="204"/>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="210"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/admin/PinPad.qml" line="29"/>
        <source>Staff only: enter the PIN</source>
        <translation>Само за особље: унесите PIN</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/PinPad.qml" line="69"/>
        <source>Enter</source>
        <translation>Потврди</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/PinPad.qml" line="69"/>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/PinPad.qml" line="86"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../qml/Kiosk/components/PlacePanel.qml" line="38"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/PlacePanel.qml" line="67"/>
        <source>What happened here</source>
        <translation>Шта се овде догодило</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/PlacePanel.qml" line="68"/>
        <source>Also named in</source>
        <translation>Помиње се и у</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/PlacePanel.qml" line="102"/>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/PlacePanel.qml" line="108"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PlaceScreen.qml" line="56"/>
        <source>The map shows %1</source>
        <translation>Мапа приказује %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PlaceScreen.qml" line="71"/>
        <source>The whole campaign map</source>
        <translation>Цела мапа похода</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <location filename="../qml/Kiosk/components/Portrait.qml" line="16"/>
        <source>Portrait placeholder</source>
        <translation>Замена за портрет</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/Portrait.qml" line="34"/>
        <source>No portrait yet</source>
        <translation>Портрет још није доступан</translation>
    </message>
</context>
<context>
    <name>SafeModeScreen</name>
    <message>
        <location filename="../qml/Kiosk/admin/SafeModeScreen.qml" line="24"/>
        <source>This exhibit will be back shortly.</source>
        <translation>Изложба ће ускоро поново радити.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/admin/SafeModeScreen.qml" line="34"/>
        <source>Thank you for your patience.</source>
        <translation>Хвала на стрпљењу.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../qml/Kiosk/components/Sources.qml" line="13"/>
        <source>Sources</source>
        <translation>Извори</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/StoryScreen.qml" line="33"/>
        <source>The story</source>
        <translation>Прича</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/StoryScreen.qml" line="47"/>
        <source>Chapter %1</source>
        <translation>Поглавље %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <location filename="../qml/Kiosk/admin/TestPattern.qml" line="66"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../qml/Kiosk/components/TimeBar.qml" line="46"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/TimeBar.qml" line="46"/>
        <source>Play</source>
        <translation>Пусти</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/TimeBar.qml" line="47"/>
        <source>Pause the campaign</source>
        <translation>Заустави приказ похода</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/TimeBar.qml" line="47"/>
        <source>Play the campaign</source>
        <translation>Пусти приказ похода</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/components/TimeBar.qml" line="65"/>
        <source>Date: %1</source>
        <translation>Датум: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/TimelineScreen.qml" line="50"/>
        <source>Timeline, %1</source>
        <translation>Хронологија, %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/TimelineScreen.qml" line="159"/>
        <source>Earlier</source>
        <translation>Раније</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/TimelineScreen.qml" line="172"/>
        <source>Later</source>
        <translation>Касније</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/TimelineScreen.qml" line="184"/>
        <source>Known only to the month, or over a longer time</source>
        <translation>Познат само месец, или дужи период</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/TimelineScreen.qml" line="259"/>
        <source>Go to: %1</source>
        <translation>Иди на: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <location filename="../qml/Kiosk/admin/TouchTest.qml" line="66"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../words.py" line="13"/>
        <source>Soviet</source>
        <translation>Совјетска страна</translation>
    </message>
    <message>
        <location filename="../words.py" line="14"/>
        <source>German</source>
        <translation>Немачка страна</translation>
    </message>
    <message>
        <location filename="../words.py" line="15"/>
        <source>Bulgarian</source>
        <translation>Бугарска страна</translation>
    </message>
    <message>
        <location filename="../words.py" line="16"/>
        <source>Yugoslav Partisans</source>
        <translation>Југословенски партизани</translation>
    </message>
    <message>
        <location filename="../words.py" line="17"/>
        <source>Others</source>
        <translation>Остали</translation>
    </message>
    <message>
        <location filename="../words.py" line="18"/>
        <source>pp.</source>
        <translation>стр.</translation>
    </message>
</context>
</TS>
