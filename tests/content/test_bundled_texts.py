"""The bundled exhibit's texts follow docs/content-notes.md and docs/serbian-style.md.

What a machine can check of an editor's decisions: one spelling per name (the spelling table in
content-notes.md, section 6, and the name table in serbian-style.md), no phrase the notes rule out,
no note meant for curators, every doubtful figure stated as Savich's, and the Serbian forms of dates,
numbers, names and terms. The article's own wording may still be quoted: text inside quotation marks
is not checked for spellings and phrases, because that is how the exhibit shows what the article says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from kiosk.content import model as m
from kiosk.content.loader import load
from kiosk.content.markdown import BlockKind, parse
from kiosk.resources import bundled_exhibit

# Fields a visitor reads, by kind of item; "prose" fields are running sentences (summaries, notes,
# captions), the rest are names, titles and labels.
PROSE = {"summary", "note", "caption", "alt", "credit", "rights"}
LABELS = {"title", "name", "role", "label", "subtitle"}
PLAIN = {"native_name", "native", "parts", "author"}


@dataclass(frozen=True)
class Text:
    where: str
    lang: str  # "en", "sr" or m.NEUTRAL
    prose: bool
    text: str


def _item_texts(kind: str, item: m.Strict) -> Iterator[Text]:
    ident = getattr(item, "id", kind)
    for field in type(item).model_fields:
        value = getattr(item, field)
        where = f"{kind} {ident}: {field}"
        if field in PROSE | LABELS and isinstance(value, dict):
            for lang, text in value.items():
                yield Text(where, lang, field in PROSE, text)
        elif field in PLAIN and isinstance(value, str):
            yield Text(where, m.NEUTRAL, False, value)
        elif field in PLAIN and isinstance(value, list):
            for text in value:  # a part's name: a text, here the same in every language
                for lang, each in text.items() if isinstance(text, dict) else [(m.NEUTRAL, text)]:
                    yield Text(where, lang, False, each)


def visitor_texts(exhibit: m.Exhibit) -> list[Text]:
    out: list[Text] = []
    groups: list[tuple[str, list[m.Strict]]] = [
        ("manifest", [exhibit.manifest]),
        ("source", list(exhibit.manifest.source)),
        ("chapter", list(exhibit.chapters)),
        ("person", list(exhibit.people)),
        ("photo", list(exhibit.photos)),
        ("gallery", list(exhibit.galleries)),
        ("event", list(exhibit.events)),
        ("phase", list(exhibit.phases)),
        ("place", list(exhibit.places)),
        ("group", list(exhibit.groups)),
        ("organisation", list(exhibit.organisations)),
        ("route", list(exhibit.routes)),
    ]
    for kind, items in groups:
        for item in items:
            out += _item_texts(kind, item)
    for kind, bodies in (("chapter", exhibit.chapter_bodies), ("person", exhibit.person_bodies)):
        for ident, by_lang in bodies.items():
            for lang, source in by_lang.items():
                for i, block in enumerate(parse(source)):
                    prose = block.kind in {BlockKind.PARAGRAPH, BlockKind.BULLET}
                    where = f"{kind} {ident}.{lang}.md, {block.kind} {i + 1}"
                    out.append(Text(where, lang, prose, block.plain))
    return out


QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»")


def unquoted(text: str) -> str:
    """The text without what it quotes: the article's own wording may appear in quotation marks."""
    return QUOTED.sub("“…”", text)


@pytest.fixture(scope="module")
def texts() -> list[Text]:
    result = load(bundled_exhibit())
    assert result.exhibit is not None
    return visitor_texts(result.exhibit)


@pytest.fixture(scope="module")
def exhibit() -> m.Exhibit:
    result = load(bundled_exhibit())
    assert result.exhibit is not None
    return result.exhibit


def english(texts: list[Text]) -> list[Text]:
    return [t for t in texts if t.lang in {"en", m.NEUTRAL}]


def serbian(texts: list[Text]) -> list[Text]:
    return [t for t in texts if t.lang == "sr"]


SENTENCE = re.compile(r"(?<=[.!?;])\s+")
# A phrase a rule forbids is allowed in a sentence that attributes it (to Savich, the article or an account).
ATTRIBUTED = re.compile(r"Savich|article|account|Савић|[Чч]лан(ак|ку|ка)|казивањ")


def hits(
    texts: list[Text], rules: dict[str, str], quoted_ok: bool = True, attributed_ok: bool = False
) -> list[str]:
    found = []
    for t in texts:
        body = unquoted(t.text) if quoted_ok else t.text
        for sentence in SENTENCE.split(body) if attributed_ok else [body]:
            if attributed_ok and ATTRIBUTED.search(sentence):
                continue
            for pattern, advice in rules.items():
                if re.search(pattern, sentence):
                    found.append(f"{t.where} ({t.lang}): /{pattern}/ -> {advice}: {t.text[:90]}")
    return found


# --- content-notes.md, section 6: one spelling per name ---------------------------------------

ENGLISH_VARIANTS = {
    # people
    r"\bDapcevic\b": "Dapčević",
    r"\bDraza\b|\bMihailovich\b": "Draža Mihailović",
    r"\bPavelic\b": "Pavelić",
    r"\bKaradjordjevic\b": "Karađorđević",
    r"\bAlexander Cincar|\bCincar-Markovic\b": "Aleksandar Cincar-Marković",
    r"\bGavrilovic\b": "Gavrilović",
    r"\bWill(i)? Schneckenburger\b": "Wilhelm Schneckenburger",
    r"\bHans Felber\b": "Hans-Gustav Felber",
    r"\bStettner von Grabenhofen\b": "Walter Stettner Ritter von Grabenhofen",
    r"\bPoplavsky\b|\bStanislav Pop": "Stanisław Popławski",
    r"\bMilojko\b": "Radivoje Janković",
    r"\bSergei\b": "Sergey (Biryuzov, Gorshkov)",
    r"\bKing Michael\b(?! I\b)": "King Michael I",
    r"\b[Hh]istorian Carl Savich": "a writer on Serbian and Balkan history",
    # places
    r"\bBelgarde\b": "Belgrade",
    r"\bKalamegdan\b": "Kalemegdan",
    r"\bTerazija\b": "Terazije",
    r"\bSkupstina\b": "skupština",
    r"\bKnez Milos\b": "Knez Miloš",
    r"\bisland of Ratno\b": "Great War Island (Veliko ratno ostrvo)",
    r"\bNis\b": "Niš",
    r"\b(Pancevo|Vrsac|Pozarevac|Kucevo|Cacak|Krusevac|Kursumlija|Kanjiza|Becej)\b": "with diacritics",
    r"\bKocani\b": "Kočani",
    r"\bPloesti\b": "Ploiești",
    r"\bJassny\b": "Jassy",
    r"\bZuzac\b|\bBuzau\b": "Buzău",
    r"\bIsmail\b": "Izmail",
    r"\bTurnu-Severin\b": "Turnu Severin",
    r"\bTimisoara\b": "Timișoara",
    r"\bRumania\b": "Romania",
    # units and things
    r"\b4 Guards\b|\b4th Mechanized Corps\b|\b4th Corps\b": "4th Guards Mechanized Corps",
    r"\b36(th)? Tank Brigade\b|\b36th Guards Tank brigade\b": "36th Guards Tank Brigade",
    r"\b1[345](th)? [Mm]echanized( Brigades?)?\b": "13th/14th/15th Guards Mechanized Brigade",
    r"\b5th Independent Motorized Brigade\b": "5th Independent Guards Motorized Brigade",
    r"\b57th Infantry Army\b": "57th Army",
    r"\b68th Corps\b": "68th Rifle Corps",
    r"\b4th Independent Rifle Regiment\b": "4th Independent Motorcycle Regiment",
    r"\bArmy Group Serbia\b|\bGroup Serbia\b": "Army Detachment Serbia (Armee-Abteilung Serbien)",
    r"\bHunting Division\b|\b117th (German )?Infantry Division\b|\bJaeger\b": "117th/118th Jäger Division",
    r"\b7th SS Division\b": '7th SS Mountain Division "Prinz Eugen"',
    r"\bYugoslavian\b|\b13th Yugoslav Corps\b": "Yugoslav 12th Corps, Yugoslav 13th Corps",
    r"\bLili Marlene\b": '"Lili Marleen"',
    r"\bT-34-85\b": "T-34/85",
    r"\bOperation 25\b": "the invasion of Yugoslavia in April 1941",
}

# Decisions of content-notes.md that a phrase would break, and notes meant for curators.
ENGLISH_RULED_OUT = {
    r"(?i)accuracy notes": "curator notes must not reach visitors",
    r"(?i)should be checked|until a curator|curator checks|against Erickson": "no curator notes",
    r"(?i)curator'?s note:": "the kiosk labels notes itself",
    r"(?i)out of the war": "Romania and Bulgaria changed sides and fought on (issue 16)",
    r"(?i)Austrian-born": "Löhr was born in Turnu Severin, Romania",
    r"Foreign Minister (Aleksandar )?Cincar": "Cincar-Marković had left office on 27 March 1941",
    r"(?i)\b(Romania|Bulgaria) (formally )?surrender(s|ed)\b|Bulgaria gives up": "notes 1.5, 2.4: armistice",
    r"(?i)eastwards into": "content-notes 2.16: westwards",
    r"(?i)Subotica in the Banat|source of the Tisza|nine miles east": "content-notes 2.9, 2.10, 2.12",
    r"(?i)from the south\b.{0,40}57th|57th Army.{0,60}from the south": "notes 2.7: from the east",
    r"(?i)Harriman (was present|attended|sat in|looked on|observed)": "notes 2.3, 7.11: Savich's claim",
    r"(?i)\bby one estimate\b": "name whose estimate (Savich's)",
    r"(?<!Vice )(?<!Vice-)Admiral (Sergey )?Gorshkov": "notes 2.18: vice admiral",
}

SERBIAN_VARIANTS = {
    r"Вајхс": "Вајкс (serbian-style.md: German -chs- read [ks])",
    r"Шлемин": "Шљомин",
    r"Корнејев": "Корњејев",
    r"Бирузов": "Бирјузов",
    r"Конев\b": "Коњев",
    r"Фёдор|Федор Толбухин": "Фјодор Толбухин",
    r"Милојко": "Радивоје Јанковић",
    r"Ханс Фелбер": "Ханс-Густав Фелбер",
    r"Поплавскиј|Поплављ": "Поплавски",
    r"Каламегдан": "Калемегдан",
    r"гвардиј": "гардијски",
    r"каћуш": "катјуша",
    r"пионир": "сапер",
    r"ваздушн\w* армиј": "ваздухопловна армија",
    r"панцер": "Panzer IV",
    r"штиклир": "ставити квачицу",
    r"Груп(а|е|и|ом) армија [ФЕБ]\b": "Група армија „Ф“ (with quotation marks)",
    r"одред[а-я]* Србија|Група Србија": "Армијски одред „Србија“",
    r"(?i)историчар Карл Савић|историчар Карл": "Карл Савић, аутор који пише о српској и балканској историји",
    r"белешк\w* о тачности|треба (га |их )?провер|док кустос|Напомена кустоса": "notes meant for curators",
    r"(?<!није )изашл\w* из рата": "Румунија и Бугарска прешле су на другу страну",
    r"Soldatensender(?! Belgrad\))": "„Солдатензендер Белград“",
}

MONTHS_SR = "јануар|фебруар|март|април|мај|јун|јул|август|септембар|октобар|новембар|децембар"


def test_english_names_follow_the_spelling_table(texts: list[Text]) -> None:
    # Native forms (native, native_name) may give older or local spellings beside the exhibit's.
    named = [t for t in english(texts) if not t.where.endswith((": native", ": native_name"))]
    assert hits(named, ENGLISH_VARIANTS) == []


def test_english_texts_avoid_what_the_notes_rule_out(texts: list[Text]) -> None:
    """Unless a sentence says whose claim it is: "Savich writes that Harriman looked on" is fine."""
    assert hits(english(texts), ENGLISH_RULED_OUT, attributed_ok=True) == []


def test_serbian_names_and_terms_follow_the_style_sheet(texts: list[Text]) -> None:
    assert hits(serbian(texts), SERBIAN_VARIANTS) == []


def test_serbian_surnames_in_ov_ev_in_take_om_in_the_instrumental(exhibit: m.Exhibit) -> None:
    """Ждановом, Молотовом, Стаљином: Slavic surnames in -ов, -ев, -ин decline as nouns in Serbian."""
    surnames = {
        p.name["sr"].split()[-1]
        for p in exhibit.people
        if "sr" in p.name and re.search(r"(ов|ев|ин)$", p.name["sr"].split()[-1])
    }
    assert {"Жданов", "Молотов", "Стаљин", "Терпешев"} <= surnames
    wrong = re.compile(r"\b(" + "|".join(sorted(surnames)) + r")им\b")
    found = [f"{t.where}: {w}" for t in serbian(visitor_texts(exhibit)) for w in wrong.findall(t.text)]
    assert found == []


def test_serbian_has_no_words_mixing_cyrillic_and_latin(texts: list[Text]) -> None:
    mixed = re.compile(r"\b(?=\w*[а-яђјљњћџА-ЯЂЈЉЊЋЏ])(?=\w*[a-zA-Z])\w+\b")
    assert [f"{t.where}: {w}" for t in serbian(texts) for w in mixed.findall(t.text)] == []


def test_serbian_dates_and_numbers_use_serbian_forms(texts: list[Text]) -> None:
    rules = {
        rf"\b\d{{1,2}} ({MONTHS_SR})": "a day is an ordinal: 20. октобра",
        rf"\b({MONTHS_SR})[а-я]* \d{{1,2}}\b(?!\.? ?\d)": "day before month: 20. октобра",
        r"\b\d{1,3},\d{3}\b": "thousands take a full stop: 20.000",
        r"\b\d{5,}\b": "thousands take a full stop: 20.000",
        r"\b\d+ (percent|per cent)": "одсто",
    }
    assert hits(serbian(texts), rules, quoted_ok=False) == []


def test_serbian_sentences_do_not_open_with_a_figure(texts: list[Text]) -> None:
    """ "Четврти гардијски механизовани корпус ...", not "4. гардијски ..." at the start of a sentence."""
    # A date may open one ("20. октобра 1944. ..."); a unit's number may not.
    opening = re.compile(rf"(?:^|[.!?] )\d+\.\s+(?!({MONTHS_SR}))[а-яђјљњћџ]")
    # List items are not sentences: "- 1. армију генерал-потпуковник Владимир Стојчев;".
    found = [
        t.where for t in serbian(texts) if t.prose and "bullet" not in t.where and opening.search(t.text)
    ]
    assert found == []


def test_english_numbers_use_english_forms(texts: list[Text]) -> None:
    rules = {r"\b\d{1,3}\.\d{3}\b(?!\.\d)": "thousands take a comma in English: 20,000"}
    assert hits([t for t in english(texts) if t.lang == "en"], rules, quoted_ok=False) == []


# --- doubtful figures are Savich's, and say so -----------------------------------------------

DOUBTFUL = {
    "en": [
        r"\b2,000 aircraft",
        r"\b68,000 machine",
        r"\b340,000\b",
        r"\b455,000\b",
        r"\b200,000\b",
        r"\b22,000\b",
        r"\b115,000\b",
        r"\b170,000\b",
        r"\b9,000\b",
        r"\b2,000 tons",
        r"\b17,000 men",
        r"\b180 tanks",
        r"\b14 September\b",
    ],
    "sr": [
        r"\b2\.000 авиона",
        r"\b68\.000 митраљеза",
        r"\b340\.000\b",
        r"\b455\.000\b",
        r"\b200\.000\b",
        r"\b22\.000\b",
        r"\b115\.000\b",
        r"\b170\.000\b",
        r"\b9\.000\b",
        r"\b2\.000 тона",
        r"\b17\.000 људи",
        r"\b180 тенкова",
        r"\b14\. септ",
    ],
}
ATTRIBUTION = {"en": re.compile(r"Savich|article"), "sr": re.compile(r"Савић|[Чч]ланк|[Чч]ланак")}


def test_doubtful_figures_are_given_as_savichs(texts: list[Text]) -> None:
    """A figure content-notes.md doubts never stands as the museum's own statement: the same
    paragraph or field names Savich or the article (or the field is the note explaining it)."""
    found = []
    for t in texts:
        if t.lang not in DOUBTFUL or not t.prose or t.where.endswith(": note"):
            continue
        for pattern in DOUBTFUL[t.lang]:
            if re.search(pattern, t.text) and not ATTRIBUTION[t.lang].search(t.text):
                found.append(f"{t.where} ({t.lang}): {pattern}: {t.text[:100]}")
    assert found == []


# --- citations ------------------------------------------------------------------------------------


def test_only_works_actually_used_are_cited(exhibit: m.Exhibit) -> None:
    """Every source listed is cited somewhere, and the books Savich names but the editors did not
    read are not listed; facts from general knowledge cite a labelled general-reference source."""
    listed = {s.id: s for s in exhibit.manifest.source}
    cited = {
        s
        for item in [
            *exhibit.chapters,
            *exhibit.people,
            *exhibit.events,
            *exhibit.photos,
            *exhibit.organisations,
        ]
        for s in item.sources
    }
    assert set(listed) == cited
    assert not {"erickson", "medvedev"} & set(listed)
    general = listed["general-reference"]
    assert "General reference" in general.author and general.note and {"en", "sr"} <= set(general.note)


def test_the_story_opens_with_the_framing_chapter(exhibit: m.Exhibit) -> None:
    """What the exhibit rests on, and the Yugoslav account with its formations, in both languages."""
    first = exhibit.chapters[0]
    assert {"savich", "general-reference"} <= set(first.sources)
    bodies = exhibit.chapter_bodies[first.id]
    for word in ("Savich", "1st Army Group", "1st Proletarian Corps", "12th Corps", "Dapčević"):
        assert word in bodies["en"], word
    for word in ("Савић", "1. армијска група", "1. пролетерски корпус", "12. корпус", "Дапчевић"):
        assert word in bodies["sr"], word


def test_the_rules_catch_what_they_are_for() -> None:
    """The checks above are not vacuous: each catches a sample of what it forbids, and lets the
    article's quoted wording and attributed claims through."""

    def en(text: str) -> list[Text]:
        return [Text("sample", "en", True, text)]

    def sr(text: str) -> list[Text]:
        return [Text("sample", "sr", True, text)]

    assert hits(en("General Hans Felber escaped."), ENGLISH_VARIANTS)
    assert not hits(en('The article calls him "Hans Felber".'), ENGLISH_VARIANTS)
    assert hits(en("Admiral Gorshkov's gunboats fired."), ENGLISH_RULED_OUT, attributed_ok=True)
    assert not hits(en("Vice Admiral Gorshkov's gunboats fired."), ENGLISH_RULED_OUT, attributed_ok=True)
    assert hits(en("Harriman was present as an observer."), ENGLISH_RULED_OUT, attributed_ok=True)
    assert not hits(en("Savich writes that Harriman was present."), ENGLISH_RULED_OUT, attributed_ok=True)
    assert hits(en("See the accuracy notes."), ENGLISH_RULED_OUT, attributed_ok=True)
    assert hits(sr("Фелдмаршал фон Вајхс."), SERBIAN_VARIANTS)
    assert hits(sr("Румунија је изашла из рата."), SERBIAN_VARIANTS)
    assert not hits(sr("Румунија није изашла из рата."), SERBIAN_VARIANTS)
    assert hits(sr("Група армија Ф."), SERBIAN_VARIANTS)
    assert not hits(sr("Група армија „Ф“."), SERBIAN_VARIANTS)
