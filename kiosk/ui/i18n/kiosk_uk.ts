<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Зробити зручніше</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Розмір тексту %1 з %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Опустити все нижче</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Ці налаштування діють лише під час вашого відвідування; наступний відвідувач почне спочатку.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN-код адміністратора не встановлено. Встановіть його командою: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Адміністрування незабаром закриється.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Назад до виставки</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Тека: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Показується з: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Перевірити теку знову</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Повернути попередній вміст</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Відвідування: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Медіана відвідування: %1 с</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Переглянуто екранів: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Мова для нового відвідувача</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Час бездіяльності до кінця відвідування</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Коротше</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Довше</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Перевірка дотику</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Тестове зображення</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Журнал (нові записи внизу)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Перезапустити кіоск</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Торкніться ще раз, щоб вийти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Торкніться екрана, щоб почати</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Люди в цьому розділі</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Розділ %1 з %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Попередній розділ</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Наступний розділ</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Коментар куратора</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Показати на мапі</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Показати %1 на мапі</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У розповіді</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Відомий лише рік.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Точні дні невідомі.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Попередня подія</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Наступна подія</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Ще не перекладено, показано оригінал</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n фотографія</numerusform>
            <numerusform>%n фотографії</numerusform>
            <numerusform>%n фотографій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Розповідь</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Мапа</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n розділ для читання</numerusform>
            <numerusform>%n розділи для читання</numerusform>
            <numerusform>%n розділів для читання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n фотографія з історією</numerusform>
            <numerusform>%n фотографії з історіями</numerusform>
            <numerusform>%n фотографій з історіями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n біографія</numerusform>
            <numerusform>%n біографії</numerusform>
            <numerusform>%n біографій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n подія, день за днем</numerusform>
            <numerusform>%n події, день за днем</numerusform>
            <numerusform>%n подій, день за днем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n місце на мапі</numerusform>
            <numerusform>%n місця на мапі</numerusform>
            <numerusform>%n місць на мапі</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Через %n секунду виставка почнеться спочатку для наступного відвідувача.</numerusform>
            <numerusform>Через %n секунди виставка почнеться спочатку для наступного відвідувача.</numerusform>
            <numerusform>Через %n секунд виставка почнеться спочатку для наступного відвідувача.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Ще трохи</translation>
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
        <translation>Уся мапа</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Докладніше про це місце</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Цього дня</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>На цей день не припадає жодної події.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>У той самий час</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Торкніться місця на мапі, щоб дізнатися, що там сталося.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Уся мапа</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Доступність: розмір тексту, контраст, висота</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, поза цією мапою</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>У розповіді</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Дата народження: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Дата смерті: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Попередня фотографія</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Наступна фотографія</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>За розміром екрана</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Тимчасова заміна: оригінал фотографії ще не виставлено</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У розповіді</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Для персоналу: введіть PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Що тут сталося</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Згадується також у</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>У розповіді</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Мапа станом на %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Уся мапа</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Місце для портрета</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Портрета ще немає</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Безпечний режим</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Залишити цей вміст</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Вийти з безпечного режиму й перезапустити</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Голосовий режим. Торкніться екрана, щоб почути, що на ньому, проведіть пальцем праворуч або ліворуч, щоб переходити від елемента до елемента, і торкніться двічі, щоб його відкрити. На цифровій клавіатурі 4 і 6 переміщують, 5 відкриває, а зірочка пояснює всі клавіші.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Торкніться екрана, щоб почути, що під вашим пальцем. Проведіть праворуч або ліворуч або натисніть 6 чи 4, щоб перейти до наступного або попереднього елемента. Проведіть униз або вгору або натисніть 2 чи 8, щоб перейти до наступного або попереднього заголовка чи пересунути повзунок. Торкніться двічі або натисніть 5 чи Enter, щоб відкрити елемент. Торкніться двома пальцями або натисніть 3, щоб призупинити. Натисніть 7 для першого екрана, 1, щоб повернутися, 9, щоб почути елемент ще раз, плюс або мінус для гучності, скісну риску для іншої мови і 0, щоб вийти з голосового режиму.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Голосовий режим вимкнено.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Гучність: %1 зі 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, посилання</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, кнопка</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, повзунок</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, зображення</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, вибрано</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Місця на карті</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Стрілки на карті: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Також на карті: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Розповідь</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Розділ %1</translation>
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
        <translation>Пуск</translation>
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
        <translation>Хронологія, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Відомий лише місяць або триваліший період</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Перейти: %1</translation>
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
