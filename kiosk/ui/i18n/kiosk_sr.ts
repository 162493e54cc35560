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
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/AttractScreen.qml" line="14"/>
        <location filename="../translations.py" line="91"/>
        <source>Touch to begin</source>
        <translation>Додирните екран да почнете</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="64"/>
        <source>People in this chapter</source>
        <translation>Личности у овом поглављу</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="70"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="76"/>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="90"/>
        <source>Chapter %1 of %2</source>
        <translation>Поглавље %1 од %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="135"/>
        <source>Previous chapter</source>
        <translation>Претходно поглавље</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="136"/>
        <source>Next: %1</source>
        <translation>Следеће: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/ChapterScreen.qml" line="136"/>
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
        <location filename="../qml/Kiosk/screens/GalleriesScreen.qml" line="30"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/screens/GalleriesScreen.qml" line="82"/>
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
        <source>%n biographies from every side</source>
        <translation>
            <numerusform>%n биографија са свих страна</numerusform>
            <numerusform>%n биографије са свих страна</numerusform>
            <numerusform>%n биографија са свих страна</numerusform>
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
    <name>PeopleScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PeopleScreen.qml" line="28"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="45"/>
        <source>In the story</source>
        <translation>У причи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="51"/>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="57"/>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="122"/>
        <source>Born %1</source>
        <translation>Рођен %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PersonScreen.qml" line="122"/>
        <source>Died %1</source>
        <translation>Умро %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="55"/>
        <source>Previous photograph</source>
        <translation>Претходна фотографија</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="64"/>
        <source>Next photograph</source>
        <translation>Следећа фотографија</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="79"/>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="85"/>
        <source>Fit to screen</source>
        <translation>Цела слика</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="91"/>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="100"/>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="139"/>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Замена: оригинална фотографија још није изложена</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="191"/>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/PhotoScreen.qml" line="197"/>
        <source>In the story</source>
        <translation>У причи</translation>
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
        <location filename="../qml/Kiosk/screens/StoryScreen.qml" line="27"/>
        <source>The story</source>
        <translation>Прича</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/screens/StoryScreen.qml" line="41"/>
        <source>Chapter %1</source>
        <translation>Поглавље %1</translation>
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
