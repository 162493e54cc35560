"""The first version of the content format: its fixed vocabulary, kept so that ``kiosk upgrade``
can turn it into what a format-2 folder declares itself. Nothing else in the kiosk reads this.

Format 1 had five fixed sides of people, each with a colour and a line pattern drawn by the kiosk
and a name from the kiosk's own interface translations (reproduced here as they were shipped), a
person ``kind`` that listed commanders before political figures, and nine fixed kinds of strength
figures that were never shown with a label.
"""

from __future__ import annotations

from typing import Final

# In the order the People screen listed them.
SIDES: Final = ("soviet", "yugoslav", "bulgarian", "german", "other")
COLOURS: Final = {
    "soviet": "red",
    "yugoslav": "blue",
    "bulgarian": "green",
    "german": "slate",
    "other": "brown",
}
LINES: Final = {
    "soviet": "solid",
    "yugoslav": "dash-dot",
    "bulgarian": "dotted",
    "german": "dashed",
    "other": "solid",
}
_ENGLISH: Final = {
    "soviet": "Soviet",
    "german": "German",
    "bulgarian": "Bulgarian",
    "yugoslav": "Yugoslav Partisans",
    "other": "Others",
}
# The names the kiosk's interface gave the sides, by translation file (kiosk/ui/i18n), in the
# order soviet, german, bulgarian, yugoslav, other.
_TRANSLATED: Final = {
    "ar": ("الجانب السوفيتي", "الجانب الألماني", "الجانب البلغاري", "البارتيزان اليوغوسلاف", "آخرون"),
    "bg": ("Съветска страна", "Германска страна", "Българска страна", "Югославски партизани", "Други"),
    "cs": ("Sovětská strana", "Německá strana", "Bulharská strana", "Jugoslávští partyzáni", "Ostatní"),
    "de": ("Sowjetische Seite", "Deutsche Seite", "Bulgarische Seite", "Jugoslawische Partisanen", "Andere"),
    "el": ("Σοβιετική πλευρά", "Γερμανική πλευρά", "Βουλγαρική πλευρά", "Γιουγκοσλάβοι παρτιζάνοι", "Άλλοι"),
    "es": ("Bando soviético", "Bando alemán", "Bando búlgaro", "Partisanos yugoslavos", "Otros"),
    "fr": ("Camp soviétique", "Camp allemand", "Camp bulgare", "Partisans yougoslaves", "Autres"),
    "he": ("הצד הסובייטי", "הצד הגרמני", "הצד הבולגרי", "הפרטיזנים היוגוסלבים", "אחרים"),
    "hr": ("Sovjetska strana", "Njemačka strana", "Bugarska strana", "Jugoslavenski partizani", "Ostali"),
    "hu": ("Szovjet oldal", "Német oldal", "Bolgár oldal", "Jugoszláv partizánok", "Egyéb szereplők"),
    "it": ("Parte sovietica", "Parte tedesca", "Parte bulgara", "Partigiani jugoslavi", "Altri"),
    "ja": ("ソ連側", "ドイツ側", "ブルガリア側", "ユーゴスラビア・パルチザン", "その他"),
    "ko": ("소련 측", "독일 측", "불가리아 측", "유고슬라비아 파르티잔", "기타"),
    "nl": ("Sovjetzijde", "Duitse zijde", "Bulgaarse zijde", "Joegoslavische partizanen", "Overige"),
    "pl": ("Strona radziecka", "Strona niemiecka", "Strona bułgarska", "Partyzanci jugosłowiańscy", "Inni"),
    "pt": ("Lado soviético", "Lado alemão", "Lado búlgaro", "Partisans jugoslavos", "Outros"),
    "ro": ("Partea sovietică", "Partea germană", "Partea bulgară", "Partizanii iugoslavi", "Alte persoane"),
    "ru": ("Советская сторона", "Немецкая сторона", "Болгарская сторона", "Югославские партизаны", "Другие"),
    "sr": ("Совјетска страна", "Немачка страна", "Бугарска страна", "Југословенски партизани", "Остали"),
    "sr_Latn": ("Sovjetska strana", "Nemačka strana", "Bugarska strana", "Jugoslovenski partizani", "Ostali"),
    "tr": ("Sovyet tarafı", "Alman tarafı", "Bulgar tarafı", "Yugoslav Partizanları", "Diğerleri"),
    "uk": ("Радянська сторона", "Німецька сторона", "Болгарська сторона", "Югославські партизани", "Інші"),
    "zh_Hans": ("苏联方面", "德国方面", "保加利亚方面", "南斯拉夫游击队", "其他"),
}
_ORDER: Final = ("soviet", "german", "bulgarian", "yugoslav", "other")

# Format 1's strength kinds, labelled in the languages its interface had (English and Serbian).
STRENGTHS: Final = (
    "men",
    "tanks",
    "assault_guns",
    "guns",
    "mortars",
    "aircraft",
    "vehicles",
    "divisions",
    "brigades",
)
_STRENGTH_LABELS: Final = {
    "en": (
        "Men",
        "Tanks",
        "Assault guns",
        "Guns",
        "Mortars",
        "Aircraft",
        "Vehicles",
        "Divisions",
        "Brigades",
    ),
    "sr": (
        "Људство",
        "Тенкови",
        "Јуришни топови",
        "Топови",
        "Минобацачи",
        "Авиони",
        "Возила",
        "Дивизије",
        "Бригаде",
    ),
    "sr_Latn": (
        "Ljudstvo",
        "Tenkovi",
        "Jurišni topovi",
        "Topovi",
        "Minobacači",
        "Avioni",
        "Vozila",
        "Divizije",
        "Brigade",
    ),
}


def _translation(lang: str, available: set[str]) -> str | None:
    """The shipped translation of format 1's interface that served a content language."""
    from kiosk.content.languages import translation_for

    if lang.split("-")[0] == "en":
        return "en"
    return translation_for(lang, sorted(available))


def side_names(side: str, languages: list[str]) -> dict[str, str]:
    """A side's name in each of the exhibit's languages that format 1's interface translated."""
    out: dict[str, str] = {}
    for lang in languages:
        found = _translation(lang, set(_TRANSLATED) | {"en"})
        if found == "en":
            out[lang] = _ENGLISH[side]
        elif found is not None:
            out[lang] = _TRANSLATED[found][_ORDER.index(side)]
    return out or {languages[0]: _ENGLISH[side]}


def strength_label(kind: str, languages: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in languages:
        found = _translation(lang, set(_STRENGTH_LABELS))
        if found is not None:
            out[lang] = _STRENGTH_LABELS[found][STRENGTHS.index(kind)]
    return out or {languages[0]: _STRENGTH_LABELS["en"][STRENGTHS.index(kind)]}
