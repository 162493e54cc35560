<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>تسهيل الاستخدام</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>حجم النص %1 من %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>إنزال العناصر إلى الأسفل</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>تنتهي هذه الإعدادات بانتهاء زيارتك؛ ويبدأ الزائر التالي من جديد.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>لم يُعيَّن رمز PIN للإدارة. عيِّنه بالأمر: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>أُدخل رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>ستُغلق شاشة الإدارة بعد قليل.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>العودة إلى المعرض</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>المعروض: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>معروض منذ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>إعادة فحص المجلد</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>الرجوع إلى المحتوى السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>الزيارات: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>وسيط مدة الزيارة: %1 ث</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>الشاشات المعروضة: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>لغة البدء للزائر الجديد</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>مدة الخمول قبل انتهاء الزيارة</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>أقصر</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>أطول</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>اختبار اللمس</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>صورة الاختبار</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>السجل (الأحدث في الأسفل)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>إعادة تشغيل الكشك</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>المس مرة أخرى للخروج</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>شخصيات هذا الفصل</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>الفصل %1 من %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>الفصل السابق</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>الفصل التالي</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>ملاحظة أمين المعرض</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>عرض على الخريطة</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>عرض %1 على الخريطة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>في القصة</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>لا تُعرف إلا السنة.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>الأيام الدقيقة غير معروفة.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>الحدث السابق</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>الحدث اللاحق</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>لم يُترجم بعد: معروض بلغته الأصلية</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n فصل للقراءة</numerusform>
            <numerusform>فصل واحد للقراءة</numerusform>
            <numerusform>فصلان للقراءة</numerusform>
            <numerusform>%n فصول للقراءة</numerusform>
            <numerusform>%n فصلًا للقراءة</numerusform>
            <numerusform>%n فصل للقراءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n صورة مع قصصها</numerusform>
            <numerusform>صورة واحدة مع قصتها</numerusform>
            <numerusform>صورتان مع قصتيهما</numerusform>
            <numerusform>%n صور مع قصصها</numerusform>
            <numerusform>%n صورة مع قصصها</numerusform>
            <numerusform>%n صورة مع قصصها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n سيرة ذاتية</numerusform>
            <numerusform>سيرة ذاتية واحدة</numerusform>
            <numerusform>سيرتان ذاتيتان</numerusform>
            <numerusform>%n سِيَر ذاتية</numerusform>
            <numerusform>%n سيرة ذاتية</numerusform>
            <numerusform>%n سيرة ذاتية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n حدث، يومًا بيوم</numerusform>
            <numerusform>حدث واحد، يومًا بيوم</numerusform>
            <numerusform>حدثان، يومًا بيوم</numerusform>
            <numerusform>%n أحداث، يومًا بيوم</numerusform>
            <numerusform>%n حدثًا، يومًا بيوم</numerusform>
            <numerusform>%n حدث، يومًا بيوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n مكان على الخريطة</numerusform>
            <numerusform>مكان واحد على الخريطة</numerusform>
            <numerusform>مكانان على الخريطة</numerusform>
            <numerusform>%n أماكن على الخريطة</numerusform>
            <numerusform>%n مكانًا على الخريطة</numerusform>
            <numerusform>%n مكان على الخريطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد %n ثانية.</numerusform>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد ثانية واحدة.</numerusform>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد ثانيتين.</numerusform>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد %n ثوانٍ.</numerusform>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد %n ثانية.</numerusform>
            <numerusform>يبدأ المعرض من جديد للزائر التالي بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>وقت إضافي</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>المزيد عن هذا المكان</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>في هذا اليوم</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>لا يوجد حدث مؤرَّخ بهذا اليوم.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>في الفترة نفسها</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>المس مكانًا على الخريطة لترى ما حدث فيه.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>سهولة الوصول: حجم النص، التباين، خفض العناصر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>⁨%1⁩، خارج هذه الخريطة</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>الشخصيات</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>في القصة</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>الولادة: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>الوفاة: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>ملاءمة الشاشة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>صورة مؤقتة: الصورة الأصلية لم تُعرض بعد</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>في القصة</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>للموظفين فقط: أدخل الرمز</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>ماذا حدث هنا</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>ورد ذكره أيضًا في</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>في القصة</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>الخريطة بتاريخ %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>صورة شخصية مؤقتة</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>لا صورة شخصية بعد</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>الوضع الآمن</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>مواصلة عرض هذا المحتوى</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>الخروج من الوضع الآمن وإعادة التشغيل</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>وضع النطق. المس الشاشة لتسمع ما عليها، واسحب إلى اليمين أو اليسار للانتقال من عنصر إلى آخر، واضغط مرتين لفتح عنصر. على لوحة الأرقام، ينقل 4 و6، ويفتح 5، وتشرح النجمة كل المفاتيح.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>المس الشاشة لتسمع ما تحت إصبعك. اسحب إلى اليمين أو اليسار، أو اضغط 6 أو 4، للعنصر التالي أو السابق. اسحب إلى الأسفل أو الأعلى، أو اضغط 2 أو 8، للعنوان التالي أو السابق، أو لتحريك شريط تمرير. اضغط مرتين، أو اضغط 5 أو Enter، لفتح العنصر. المس بإصبعين، أو اضغط 3، للإيقاف المؤقت. اضغط 7 للشاشة الأولى، و1 للرجوع، و9 لسماع عنصر مرة أخرى، وزائد أو ناقص لمستوى الصوت، والشرطة المائلة للغة أخرى، و0 لإنهاء وضع النطق.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>تم إيقاف وضع النطق.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>مستوى الصوت %1 بالمئة</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1، رابط</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1، زر</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1، شريط تمرير</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1، صورة</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1، محدد</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>أماكن على الخريطة</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>الأسهم على الخريطة: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>على الخريطة أيضًا: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>الفصل %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>الخط الزمني، %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>قبل ذلك</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>معروفة بالشهر فقط، أو ممتدة على مدة أطول</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>انتقال إلى: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>ص. %1</translation>
    </message>
</context>
</TS>
