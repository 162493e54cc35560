<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>נוחות שימוש</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>גודל טקסט</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>גודל טקסט %1 מתוך %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ניגודיות גבוהה</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>הורדת הכול למטה</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>ההגדרות תקפות רק לביקור שלכם; הביקור הבא יתחיל מההתחלה.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>לא הוגדר קוד PIN לניהול. אפשר להגדיר אותו בפקודה: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>יותר מדי קודי PIN שגויים. נסו שוב בעוד שנייה.</numerusform>
            <numerusform>יותר מדי קודי PIN שגויים. נסו שוב בעוד %n שניות.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>קוד ה-PIN שגוי.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>מסך הניהול ייסגר בקרוב.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>ניהול</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>חזרה לתערוכה</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>תוכן</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>מוצג: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>תיקייה: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>מוצג מאז: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>בדיקה חוזרת של התיקייה</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>חזרה לתוכן הקודם</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>ביקורים: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>חציון משך ביקור: %1 שנ׳</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>מסכים שנצפו: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>שפת הפתיחה לביקור חדש</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>זמן ללא פעילות עד סיום ביקור</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>שנייה אחת</numerusform>
            <numerusform>%n שניות</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>קצר יותר</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>ארוך יותר</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>בדיקת מגע</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>תבנית בדיקה</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>יומן (החדש ביותר בסוף)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>הפעלה מחדש של העמדה</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>הקישו שוב כדי לצאת</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>געו במסך כדי להתחיל</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>אישים בפרק זה</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>פרק %1 מתוך %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>הפרק הקודם</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>הבא: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>הפרק הבא</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>הערת האוצרות</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>הצגה במפה</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>הצגת %1 במפה</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אישים</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>בסיפור</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>ידועה רק השנה.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>הימים המדויקים אינם ידועים.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>ארגונים</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>האירוע הקודם</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>הבא: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>האירוע הבא</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>טרם תורגם: מוצג בשפת המקור</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>תצלום אחד</numerusform>
            <numerusform>%n תצלומים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>הסיפור</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אישים</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר הזמן</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>מפה</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>פרק אחד לקריאה</numerusform>
            <numerusform>%n פרקים לקריאה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>תצלום אחד והסיפור שלו</numerusform>
            <numerusform>%n תצלומים והסיפורים שלהם</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>ביוגרפיה אחת</numerusform>
            <numerusform>%n ביוגרפיות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>אירוע אחד, יום אחר יום</numerusform>
            <numerusform>%n אירועים, יום אחר יום</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>מקום אחד במפה</numerusform>
            <numerusform>%n מקומות במפה</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>אתם עדיין כאן?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>התערוכה תתחיל מחדש למבקרים הבאים בעוד שנייה.</numerusform>
            <numerusform>התערוכה תתחיל מחדש למבקרים הבאים בעוד %n שניות.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>עוד זמן</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>מפה</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>המפה כולה</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>עוד על המקום הזה</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>ביום זה</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>אין אירוע המתוארך ליום זה.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>באותה תקופה</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>געו במקום על המפה כדי לראות מה קרה שם.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>המפה כולה</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>דף הבית</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>נגישות: גודל טקסט, ניגודיות, הנמכה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>⁨%1⁩, מחוץ למפה זו</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>אישים</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>בסיפור</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>לידה: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>פטירה: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>התצלום הקודם</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>התצלום הבא</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>התאמה למסך</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>תמונה זמנית: התצלום המקורי עדיין אינו מוצג</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אישים</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>בסיפור</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>לצוות בלבד: הקישו קוד</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>מה קרה כאן</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>אזכורים נוספים</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>בסיפור</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>תצלומים</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>המפה בתאריך %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>המפה כולה</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>דיוקן זמני</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>אין עדיין דיוקן</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>מצב בטוח</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>המשך להציג את התוכן הזה</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>יציאה ממצב בטוח והפעלה מחדש</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>מצב דיבור. געו במסך כדי לשמוע מה יש בו, החליקו ימינה או שמאלה כדי לעבור מפריט לפריט, והקישו פעמיים כדי לפתוח פריט. במקלדת המספרים, 4 ו-6 מזיזים, 5 פותח, והכוכבית מסבירה את כל המקשים.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>געו במסך כדי לשמוע מה נמצא מתחת לאצבע. החליקו ימינה או שמאלה, או הקישו 6 או 4, לפריט הבא או הקודם. החליקו למטה או למעלה, או הקישו 2 או 8, לכותרת הבאה או הקודמת, או כדי להזיז מחוון. הקישו פעמיים, או הקישו 5 או Enter, כדי לפתוח את הפריט. הקישו בשתי אצבעות, או הקישו 3, כדי להשהות. הקישו 7 למסך הראשון, 1 כדי לחזור, 9 כדי לשמוע פריט שוב, פלוס או מינוס לעוצמת הקול, לוכסן לשפה אחרת ו-0 כדי לצאת ממצב דיבור.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>מצב דיבור כבוי.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>עוצמת קול %1 אחוז</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, קישור</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, כפתור</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, מחוון</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, תמונה</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, נבחר</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>מקומות במפה</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>חצים במפה: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>עוד במפה: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>הסיפור</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>פרק %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>תאריך: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>ציר הזמן, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>מוקדם יותר</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>מאוחר יותר</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>ידוע רק החודש, או על פני תקופה ארוכה יותר</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>מעבר אל: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>עמ׳ %1</translation>
    </message>
</context>
</TS>
