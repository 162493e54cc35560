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
