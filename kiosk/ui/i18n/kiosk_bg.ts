<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>По-удобно ползване</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Размер на текста %1 от %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Всичко по-ниско</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Тези настройки важат само за вашето посещение; следващият посетител започва отначало.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Не е зададен администраторски ПИН. Задайте го с командата: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Твърде много грешни ПИН кодове. Опитайте отново след %n секунда.</numerusform>
            <numerusform>Твърде много грешни ПИН кодове. Опитайте отново след %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Този ПИН не е верен.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Администрацията ще се затвори след малко.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Обратно към изложбата</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Съдържание</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Показва се: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Провери папката отново</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Върни предишното съдържание</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Посещения: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Медиана на посещението: %1 с</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Разгледани екрани: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Език за нов посетител</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Време без действие до края на посещението</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>По-кратко</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>По-дълго</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Тест на докосването</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Тестово изображение</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Дневник (най-новото накрая)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Рестартирай киоска</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Докоснете отново за изход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Докоснете екрана, за да започнете</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Личности в тази глава</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Глава %1 от %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Предишна глава</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следва: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Следваща глава</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Бележка на куратора</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Покажи на картата</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Покажи %1 на картата</translation>
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
        <translation>В разказа</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Известна е само годината.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Точните дни не са известни.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Предишно събитие</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следва: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Следващо събитие</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Още не е преведено, показва се оригиналът</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Разказът</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n глава за четене</numerusform>
            <numerusform>%n глави за четене</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n фотография с разказ</numerusform>
            <numerusform>%n фотографии с разкази</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n биография</numerusform>
            <numerusform>%n биографии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n събитие, ден по ден</numerusform>
            <numerusform>%n събития, ден по ден</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n място на картата</numerusform>
            <numerusform>%n места на картата</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Още ли сте тук?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Изложбата започва отначало за следващия посетител след %n секунда.</numerusform>
            <numerusform>Изложбата започва отначало за следващия посетител след %n секунди.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Още време</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Цялата карта</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Повече за това място</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>В този ден</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Няма събитие с тази дата.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>По същото време</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Докоснете място на картата, за да видите какво се е случило там.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Цялата карта</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Достъпност: размер на текста, контраст, височина</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, извън тази карта</translation>
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
        <translation>В разказа</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Дата на раждане: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Дата на смъртта: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Предишна фотография</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Следваща фотография</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Цялата фотография</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Заместител: оригиналната фотография още не е изложена</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Личности</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В разказа</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Събития</translation>
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
        <translation>Персонал: въведете ПИН</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Потвърди</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
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
        <translation>Какво се е случило тук</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Споменава се и в</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В разказа</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Картата към %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Цялата карта</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Място за портрет</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Все още няма портрет</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Безопасен режим</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Продължи да показваш това съдържание</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Изход от безопасния режим и рестартиране</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Гласов режим. Докоснете екрана, за да чуете какво има там, плъзнете надясно или наляво, за да преминавате от елемент на елемент, и докоснете двукратно, за да отворите някой. На цифровата клавиатура 4 и 6 местят, 5 отваря, а звездичката обяснява всички клавиши.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Докоснете екрана, за да чуете какво има под пръста ви. Плъзнете надясно или наляво, или натиснете 6 или 4, за следващия или предишния елемент. Плъзнете надолу или нагоре, или натиснете 2 или 8, за следващото или предишното заглавие или за да преместите плъзгач. Докоснете двукратно, или натиснете 5 или Enter, за да отворите елемента. Докоснете с два пръста, или натиснете 3, за пауза. Натиснете 7 за първия екран, 1 за връщане назад, 9, за да чуете елемент отново, плюс или минус за силата на звука, наклонената черта за друг език и 0, за да излезете от гласовия режим.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Гласовият режим е изключен.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Сила на звука: %1 от 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, връзка</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, бутон</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, плъзгач</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, изображение</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, избрано</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Места на картата</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Стрелки на картата: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Още на картата: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Разказът</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Глава %1</translation>
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
        <translation>Пусни</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Хронология, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>По-рано</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Известен е само месецът или по-дълъг период</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Отиди на: %1</translation>
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
        <translation>с. %1</translation>
    </message>
</context>
</TS>
