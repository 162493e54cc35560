"""The example exhibit's texts (``kiosk new``), in the languages the kiosk has a starter for.

A language without a starter gets the English texts, and ``kiosk new`` says so: the curator
replaces every text anyway. Pure data: no Qt.
"""

from __future__ import annotations

from typing import Final

STARTER_LANGUAGES: Final = ("en", "de", "sr", "ar")

TEXTS: Final[dict[str, dict[str, str]]] = {
    "title": {
        "en": "An example exhibit",
        "de": "Eine Beispielausstellung",
        "sr": "Пример изложбе",
        "ar": "معرض تجريبي",
    },
    "subtitle": {
        "en": "Made by kiosk new: replace every text and photo with your own",
        "de": "Erstellt mit kiosk new: Ersetzen Sie jeden Text und jedes Foto durch Ihre eigenen",
        "sr": "Направљено командом kiosk new: замените сваки текст и сваку фотографију својим",
        "ar": "أُنشئ بالأمر kiosk new: استبدلوا كل نص وكل صورة بما لديكم",
    },
    "source_note": {
        "en": "Replace this with a work your exhibit really cites.",
        "de": "Ersetzen Sie dies durch ein Werk, das Ihre Ausstellung wirklich zitiert.",
        "sr": "Замените ово делом на које се ваша изложба заиста позива.",
        "ar": "استبدلوا هذا بمرجع يستشهد به معرضكم فعلًا.",
    },
    "welcome": {"en": "Welcome", "de": "Willkommen", "sr": "Добро дошли", "ar": "أهلًا وسهلًا"},
    "welcome_summary": {
        "en": "What this example exhibit is for.",
        "de": "Wozu diese Beispielausstellung dient.",
        "sr": "Чему служи овај пример изложбе.",
        "ar": "الغرض من هذا المعرض التجريبي.",
    },
    "yours": {
        "en": "Making it yours",
        "de": "So wird es Ihre Ausstellung",
        "sr": "Како да изложба постане ваша",
        "ar": "اجعلوه معرضكم",
    },
    "yours_summary": {
        "en": "Where each text and photo lives.",
        "de": "Wo jeder Text und jedes Foto liegt.",
        "sr": "Где се налази који текст и која фотографија.",
        "ar": "أين يوجد كل نص وكل صورة.",
    },
    "yours_note": {
        "en": "This note is an example too.",
        "de": "Auch dieser Hinweis ist ein Beispiel.",
        "sr": "И ова напомена је пример.",
        "ar": "هذه الملاحظة مثال أيضًا.",
    },
    "group": {"en": "Example people", "de": "Beispielpersonen", "sr": "Примери особа", "ar": "أشخاص للمثال"},
    "ana": {"en": "Ana Example", "de": "Ana Beispiel", "sr": "Ана Пример", "ar": "آنا مثال"},
    "ana_role": {
        "en": "An example person: replace her with a real one",
        "de": "Eine Beispielperson: Ersetzen Sie sie durch eine echte",
        "sr": "Пример особе: замените је стварном",
        "ar": "شخصية للمثال: استبدلوها بشخصية حقيقية",
    },
    "marko": {"en": "Marko Example", "de": "Marko Beispiel", "sr": "Марко Пример", "ar": "ماركو مثال"},
    "marko_role": {
        "en": "Another example person",
        "de": "Eine weitere Beispielperson",
        "sr": "Још један пример особе",
        "ar": "شخصية أخرى للمثال",
    },
    "gallery": {
        "en": "Example photos",
        "de": "Beispielfotos",
        "sr": "Примери фотографија",
        "ar": "صور للمثال",
    },
    "gallery_summary": {
        "en": "Two generated cards standing in for real photographs.",
        "de": "Zwei erzeugte Karten anstelle echter Fotografien.",
        "sr": "Две генерисане картице уместо правих фотографија.",
        "ar": "بطاقتان مولَّدتان بدل صور حقيقية.",
    },
    "landscape": {
        "en": "An example landscape photo",
        "de": "Ein Beispielfoto im Querformat",
        "sr": "Пример положене фотографије",
        "ar": "صورة أفقية للمثال",
    },
    "landscape_caption": {
        "en": "A card made by kiosk new. Put your photo in its place and describe here what it shows.",
        "de": "Eine Karte von kiosk new. Legen Sie Ihr Foto an ihre Stelle und beschreiben Sie hier, "
        "was es zeigt.",
        "sr": "Картица команде kiosk new. Ставите своју фотографију на њено место и опишите шта приказује.",
        "ar": "بطاقة أنشأها الأمر kiosk new. ضعوا صورتكم مكانها واكتبوا هنا ما تُظهره.",
    },
    "credit": {
        "en": "Example image made by kiosk new",
        "de": "Beispielbild, erstellt mit kiosk new",
        "sr": "Пример слике, направила команда kiosk new",
        "ar": "صورة مثال أنشأها الأمر kiosk new",
    },
    "rights": {
        "en": "Free to replace",
        "de": "Frei zu ersetzen",
        "sr": "Слободно замените",
        "ar": "يمكن استبدالها بحرية",
    },
    "landscape_alt": {
        "en": "A grey card with the word EXAMPLE.",
        "de": "Eine graue Karte mit dem Wort EXAMPLE.",
        "sr": "Сива картица са речју EXAMPLE.",
        "ar": "بطاقة رمادية عليها كلمة EXAMPLE.",
    },
    "portrait": {
        "en": "An example portrait photo",
        "de": "Ein Beispielfoto im Hochformat",
        "sr": "Пример усправне фотографије",
        "ar": "صورة عمودية للمثال",
    },
    "portrait_caption": {
        "en": "An upright card, as a portrait would be.",
        "de": "Eine Karte im Hochformat, wie ein Porträt.",
        "sr": "Усправна картица, каква би била фотографија портрета.",
        "ar": "بطاقة عمودية كما تكون صورة الوجه.",
    },
    "portrait_alt": {
        "en": "An upright grey card with the word EXAMPLE.",
        "de": "Eine hochformatige graue Karte mit dem Wort EXAMPLE.",
        "sr": "Усправна сива картица са речју EXAMPLE.",
        "ar": "بطاقة رمادية عمودية عليها كلمة EXAMPLE.",
    },
}

BODIES: Final[dict[str, dict[str, str]]] = {
    "text/chapters/welcome": {
        "en": "## An example to start from\n\nThis exhibit was made by **kiosk new**. Every text and "
        "photo in it is an example: replace them with your own, one at a time, and check the folder "
        "with *kiosk validate* after each step.\n\nA chapter's text is plain text with a few "
        "marks:\n\n- a line starting with ## is a heading\n- a blank line starts a new paragraph\n"
        "- *one star* on each side is emphasis, **two stars** are strong\n- a line starting with a "
        "hyphen is a list item\n",
        "de": "## Ein Beispiel für den Anfang\n\nDiese Ausstellung wurde mit **kiosk new** erstellt. Jeder "
        "Text und jedes Foto darin ist ein Beispiel: Ersetzen Sie sie nacheinander durch Ihre eigenen und "
        "prüfen Sie den Ordner nach jedem Schritt mit *kiosk validate*.\n\nDer Text eines Kapitels ist "
        "reiner Text mit wenigen Zeichen:\n\n- eine Zeile, die mit ## beginnt, ist eine Überschrift\n- "
        "eine Leerzeile beginnt einen neuen Absatz\n- *ein Stern* auf jeder Seite hebt hervor, **zwei "
        "Sterne** heben stark hervor\n- eine Zeile, die mit einem Bindestrich beginnt, ist ein "
        "Listenpunkt\n",
        "sr": "## Пример од кога се полази\n\nОву изложбу направила је команда **kiosk new**. Сваки текст и "
        "свака фотографија у њој су примери: замените их својима, један по један, и после сваког корака "
        "проверите фасциклу командом *kiosk validate*.\n\nТекст поглавља је обичан текст са неколико "
        "ознака:\n\n- ред који почиње са ## је наслов\n- празан ред почиње нови пасус\n- *једна "
        "звездица* са сваке стране је истицање, **две звездице** су јако истицање\n- ред који почиње "
        "цртицом је ставка списка\n",
        "ar": "## مثال للبدء\n\nأُنشئ هذا المعرض بالأمر **kiosk new**. كل نص وكل صورة فيه مثال: استبدلوها "
        "بما لديكم واحدًا تلو الآخر، وافحصوا المجلد بالأمر *kiosk validate* بعد كل خطوة.\n\nنص الفصل "
        "نص عادي مع بعض العلامات:\n\n- السطر الذي يبدأ بـ ## عنوان\n- السطر الفارغ يبدأ فقرة جديدة\n- "
        "*نجمة واحدة* على كل جانب للتوكيد، و**نجمتان** للتوكيد القوي\n- السطر الذي يبدأ بشرطة بند في "
        "قائمة\n",
    },
    "text/chapters/making-it-yours": {
        "en": "## Where things live\n\nThe list of chapters is in text/chapters.toml, the people in "
        "text/people.toml, the galleries and photos in text/photos.toml. Each chapter's text is in the "
        "folder text/chapters, one file per language.\n\nThe curator's guide shows each step: adding a "
        "photo, a person, a chapter or a language.\n",
        "de": "## Wo was liegt\n\nDie Liste der Kapitel steht in text/chapters.toml, die Personen in "
        "text/people.toml, die Galerien und Fotos in text/photos.toml. Der Text jedes Kapitels liegt im "
        "Ordner text/chapters, eine Datei je Sprache.\n\nDer Leitfaden für Kuratorinnen und Kuratoren "
        "zeigt jeden Schritt: ein Foto, eine Person, ein Kapitel oder eine Sprache hinzufügen.\n",
        "sr": "## Где се шта налази\n\nСписак поглавља је у датотеци text/chapters.toml, особе у "
        "text/people.toml, галерије и фотографије у text/photos.toml. Текст сваког поглавља је у "
        "фасцикли text/chapters, по једна датотека за сваки језик.\n\nВодич за кустосе показује сваки "
        "корак: додавање фотографије, особе, поглавља или језика.\n",
        "ar": "## أين توجد الأشياء\n\nقائمة الفصول في text/chapters.toml، والأشخاص في text/people.toml، "
        "والمعارض والصور في text/photos.toml. نص كل فصل في المجلد text/chapters، ملف لكل لغة.\n\nيشرح "
        "دليل أمناء المعارض كل خطوة: إضافة صورة أو شخص أو فصل أو لغة.\n",
    },
    "text/people/ana-example": {
        "en": "Ana Example is not a real person. Write a real person's biography here: two or three short "
        "paragraphs, as for a museum label.\n",
        "de": "Ana Beispiel ist keine echte Person. Schreiben Sie hier die Biografie einer echten Person: "
        "zwei oder drei kurze Absätze, wie für ein Museumsschild.\n",
        "sr": "Ана Пример није стварна особа. Овде напишите биографију стварне особе: два или три кратка "
        "пасуса, као за музејску легенду.\n",
        "ar": "آنا مثال ليست شخصية حقيقية. اكتبوا هنا سيرة شخص حقيقي: فقرتان أو ثلاث فقرات قصيرة، كما "
        "في بطاقة متحف.\n",
    },
    "text/people/marko-example": {
        "en": "Marko Example is not a real person either. The chapter *Making it yours* mentions him, so "
        "his page links back to it.\n",
        "de": "Auch Marko Beispiel ist keine echte Person. Das Kapitel *So wird es Ihre Ausstellung* "
        "erwähnt ihn, deshalb verweist seine Seite darauf.\n",
        "sr": "Ни Марко Пример није стварна особа. Помиње га поглавље *Како да изложба постане ваша*, па "
        "његова страница води назад до њега.\n",
        "ar": "ماركو مثال ليس شخصية حقيقية أيضًا. يذكره فصل *اجعلوه معرضكم*، ولذلك تحيل صفحته إليه.\n",
    },
}
