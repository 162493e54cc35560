<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Сделать удобнее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Размер текста %1 из %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Опустить всё ниже</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Эти настройки действуют только во время вашего посещения; следующий посетитель начнёт заново.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>PIN-код администратора не задан. Задайте его командой: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Администрирование скоро закроется.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Назад к выставке</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Показывается с: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Проверить папку снова</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Вернуть прежнее содержимое</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Посещения: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Медиана посещения: %1 с</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Просмотрено экранов: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Язык для нового посетителя</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Время бездействия до конца посещения</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Короче</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Дольше</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Проверка касаний</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Тестовое изображение</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Журнал (новые записи внизу)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Перезапустить киоск</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Коснитесь ещё раз для выхода</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Люди в этой главе</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Глава %1 из %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Предыдущая глава</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Следующая глава</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Комментарий куратора</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Показать %1 на карте</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В рассказе</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Известен только год.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Точные дни неизвестны.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Следующее событие</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Ещё не переведено, показан оригинал</translation>
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
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
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
            <numerusform>%n глава для чтения</numerusform>
            <numerusform>%n главы для чтения</numerusform>
            <numerusform>%n глав для чтения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n фотография с историей</numerusform>
            <numerusform>%n фотографии с историями</numerusform>
            <numerusform>%n фотографий с историями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n биография</numerusform>
            <numerusform>%n биографии</numerusform>
            <numerusform>%n биографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n событие, день за днём</numerusform>
            <numerusform>%n события, день за днём</numerusform>
            <numerusform>%n событий, день за днём</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n место на карте</numerusform>
            <numerusform>%n места на карте</numerusform>
            <numerusform>%n мест на карте</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Через %n секунду выставка начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунды выставка начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунд выставка начнётся заново для следующего посетителя.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Ещё немного</translation>
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
        <translation>Вся карта</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Подробнее об этом месте</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>В этот день</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>На этот день не приходится ни одного события.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>В то же время</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Коснитесь места на карте, чтобы узнать, что там произошло.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Вся карта</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Доступность: размер текста, контраст, высота</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, за пределами карты</translation>
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
        <translation>В рассказе</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Дата рождения: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Дата смерти: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Предыдущая фотография</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Следующая фотография</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>По размеру экрана</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Временная замена: оригинал фотографии пока не выставлен</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В рассказе</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
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
        <translation>Для персонала: введите PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Что здесь произошло</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Упоминается также в</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В рассказе</translation>
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
        <translation>Карта на %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Вся карта</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Место для портрета</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Портрета пока нет</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Безопасный режим</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Оставить это содержимое</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Выйти из безопасного режима и перезапустить</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Голосовой режим. Коснитесь экрана, чтобы услышать, что на нём, проведите пальцем вправо или влево, чтобы переходить от элемента к элементу, и коснитесь дважды, чтобы его открыть. На цифровой клавиатуре 4 и 6 перемещают, 5 открывает, а звёздочка объясняет все клавиши.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Коснитесь экрана, чтобы услышать, что находится под вашим пальцем. Проведите вправо или влево или нажмите 6 или 4, чтобы перейти к следующему или предыдущему элементу. Проведите вниз или вверх или нажмите 2 или 8, чтобы перейти к следующему или предыдущему заголовку или передвинуть ползунок. Коснитесь дважды или нажмите 5 или Enter, чтобы открыть элемент. Коснитесь двумя пальцами или нажмите 3, чтобы поставить на паузу. Нажмите 7 для первого экрана, 1, чтобы вернуться, 9, чтобы снова услышать элемент, плюс или минус для громкости, косую черту для другого языка и 0, чтобы выйти из голосового режима.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Голосовой режим выключен.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Громкость: %1 из 100</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, ссылка</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, кнопка</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, ползунок</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, изображение</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, выбрано</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Места на карте</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Стрелки на карте: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Также на карте: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Рассказ</translation>
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
        <translation>Хронология, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Известен только месяц или более долгий период</translation>
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
