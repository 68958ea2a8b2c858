"""HTML bodies read as text: line breaks, tables, hidden parts, entities and links."""

from __future__ import annotations

from mailtool.htmltext import html_to_text


def text_of(html: str) -> str:
    return html_to_text(html)[0]


def test_paragraphs_are_separated_by_a_blank_line_and_br_by_a_newline() -> None:
    html = "<p>Dear Ines,</p><p>We invite you.<br>Room 4.12<br/>Building C</p>"
    assert text_of(html) == "Dear Ines,\n\nWe invite you.\nRoom 4.12\nBuilding C"


def test_divs_end_lines_as_webmail_writes_them() -> None:
    html = "<div>Hei Ola,</div><div><br></div><div>Passer tirsdag kl. 10?</div><div>Mvh Kari</div>"
    assert text_of(html) == "Hei Ola,\n\nPasser tirsdag kl. 10?\nMvh Kari"


def test_date_and_time_in_separate_cells_stay_on_one_readable_line() -> None:
    html = (
        "<table><tr><td>Datum</td><td>Dienstag, 9. März 2027</td></tr>"
        "<tr><th>Uhrzeit</th><td>10:30 Uhr</td></tr></table><p>Bis bald</p>"
    )
    assert text_of(html) == "Datum Dienstag, 9. März 2027\nUhrzeit 10:30 Uhr\n\nBis bald"


def test_layout_tables_do_not_leave_rows_of_blank_lines() -> None:
    html = "<table><tr><td><table><tr><td>\n  <p>Hello</p>\n</td></tr></table></td></tr></table><p>Bye</p>"
    assert text_of(html) == "Hello\n\nBye"


def test_style_script_head_and_hidden_preheaders_are_not_text() -> None:
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        '<span style="display:none;max-height:0">Special offer inside!</span>'
        "<script>var x = 1;</script><div hidden>secret</div><p>Visible text</p></body></html>"
    )
    assert text_of(html) == "Visible text"


def test_nested_tags_inside_a_hidden_element_stay_hidden() -> None:
    html = '<div style="display: none"><p>one <b>two</b></p><br><p>three</p></div><p>shown</p>'
    assert text_of(html) == "shown"


def test_entities_are_decoded_and_spaces_collapsed() -> None:
    html = "<p>Caf&eacute; &amp; co&nbsp;&nbsp;&#8211; M&#xFC;ller  &lt;3&gt;</p>"
    assert text_of(html) == "Café & co – Müller <3>"


def test_links_of_anchors_are_collected_in_order() -> None:
    html = '<a href="https://a.example/x">A</a> <a href="javascript:void(0)">no</a> <a href="mailto:hr@b.example">B</a>'
    assert html_to_text(html)[1] == ["https://a.example/x", "mailto:hr@b.example"]


def test_blockquote_is_marked_as_quoted() -> None:
    html = "<p>Yes, Tuesday works.</p><blockquote><p>Can you do Tuesday?</p></blockquote>"
    assert text_of(html) == "Yes, Tuesday works.\n\n> Can you do Tuesday?"


def test_broken_markup_still_gives_text() -> None:
    assert "Hello" in text_of("<p>Hello <b>world</p></div></span><table><tr><td>x")
    assert text_of("<<<>>><!-- unterminated") is not None
