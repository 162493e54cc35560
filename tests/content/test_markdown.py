"""The Markdown subset: what it makes of curator text, and that it stays linear in the text's size."""

from __future__ import annotations

import html
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest

from kiosk.content import markdown
from kiosk.content.markdown import BlockKind, parse


def test_headings_paragraphs_lists_and_emphasis() -> None:
    blocks = parse("## Title\n\nOne line\ncontinues.\n\n- a *b*\n- **c**\n\n### Sub\n")
    assert [b.kind for b in blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.BULLET,
        BlockKind.BULLET,
        BlockKind.SUBHEADING,
    ]
    assert blocks[1].markup == "One line continues."
    assert blocks[2].markup == "a <i>b</i>"
    assert blocks[3].markup == "<b>c</b>"


def test_curator_markup_is_shown_as_text_never_interpreted() -> None:
    [block] = parse('<img src="http://example.invalid/x.png"> <a href="file:///etc/passwd">x</a> <b>bold</b>')
    assert "<img" not in block.markup and "<a " not in block.markup and "<b>" not in block.markup
    assert "&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;" in block.markup
    assert block.plain.startswith("<img")


def test_stray_asterisks_are_left_alone() -> None:
    [block] = parse("5 * 3 = 15 and 2*x")
    assert "<i>" not in block.markup


# --- linear in the size of the text, whatever the text (issue 13, item 3) ------------------------
#
# Work is counted, not timed: every line of kiosk/content/markdown.py that runs is one step. That
# only measures the work if all of it happens in those lines, so the module must not hand curator
# text to the regular-expression engine, whose backtracking no one can count (and which made
# ``*a *a *a ...`` quadratic: 60 KB took 25 s).

STEPS_PER_CHARACTER = 60  # generous: the scan takes about 10 per character
PATHOLOGICAL = ["*a ", "*a\n", "**a ", "a **", "*", "**", "* ", "*a", "_*", "# *", "- *a", "\n", "*\u00a0"]


def steps(run: Callable[[], object]) -> int:
    """Lines of markdown.py executed while ``run`` runs."""
    module_file = markdown.__file__
    count = 0

    def tracer(frame: FrameType, event: str, _arg: object) -> Callable[..., object] | None:
        nonlocal count
        if frame.f_code.co_filename != module_file:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


def test_the_parser_does_no_work_the_step_count_cannot_see() -> None:
    source = Path(markdown.__file__).read_text(encoding="utf-8")
    assert "import re" not in source and "from re " not in source


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_work_grows_in_proportion_to_the_text(unit: str) -> None:
    small, large = unit * 500, unit * 4000
    small_steps, large_steps = steps(lambda: parse(small)), steps(lambda: parse(large))
    assert large_steps <= STEPS_PER_CHARACTER * len(large) + 200
    # Eight times the text, at most about eight times the work (not 64 times).
    assert large_steps <= 9 * small_steps + 200


def random_text(rng: random.Random, size: int) -> str:
    alphabet = ["*", "*", "**", "a", "word", " ", "  ", "\n", "\n\n", "#", "- ", "_", "1", "é", "<", "&", '"']
    alphabet += ["\u00a0", "\u202e", "\u0301", "\r\n", "\t"]
    return "".join(rng.choice(alphabet) for _ in range(size))


def test_random_text_is_parsed_in_linear_work_and_escaped() -> None:
    rng = random.Random(13)
    for _ in range(60):
        text = random_text(rng, rng.randint(0, 3000))
        blocks: list[markdown.Block] = []
        used = steps(lambda text=text, blocks=blocks: blocks.extend(parse(text)))  # type: ignore[misc]
        assert used <= STEPS_PER_CHARACTER * len(text) + 200
        for block in blocks:
            tags = re.findall(r"<[^>]*>", block.markup)
            assert set(tags) <= {"<b>", "</b>", "<i>", "</i>"}
            assert tags.count("<b>") == tags.count("</b>") and tags.count("<i>") == tags.count("</i>")
            # The plain text is exactly what is shown, without the emphasis.
            assert html.unescape(re.sub(r"</?[bi]>", "", block.markup)) == block.plain


# The regular expressions the parser replaced: its results must stay exactly theirs.
_OLD_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_OLD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")


def test_emphasis_is_found_exactly_where_the_old_expressions_found_it() -> None:
    rng = random.Random(1944)
    alphabet = ["*", "*", "*", "a", " ", "_", "1", "é", "\u00a0", "<", "\n", "&", '"', "b"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        escaped = html.escape(text, quote=True)
        expected = _OLD_EMPHASIS.sub(r"<i>\1</i>", _OLD_STRONG.sub(r"<b>\1</b>", escaped))
        assert markdown.inline_markup(text) == expected, text


def test_a_byte_order_mark_does_not_hide_the_first_heading() -> None:
    [block] = parse("\ufeff## Title\n")
    assert block.kind is BlockKind.HEADING and block.plain == "Title"
