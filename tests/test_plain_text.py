"""Outside text on screen (app.ui.plain): shown as typed, never as a link, an image or HTML,
never reordered by bidi overrides, never a 10 KB wall."""

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ui.plain import LINE, clean, plain, plain_table
from tests.hostile import (
    BARE_URLS,
    CONTROLS,
    HOST,
    HTML_IMG,
    IMAGE,
    LINK,
    LONG_NAME,
    RTL,
    SCRIPT,
    live_markup,
    shown_text,
    unreadable,
)

# What Streamlit looks for in the source before it loads its emoji and LaTeX plugins (an
# escaped dollar does not count), and its icon syntax.
SHORTCODE = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:|:material/|:streamlit:")


@pytest.mark.parametrize(
    "text",
    [IMAGE, LINK, HTML_IMG, SCRIPT, f"Ada {IMAGE} Lovelace", "<b>bold</b>", f"<http://{HOST}>"],
    ids=["image", "link", "html-img", "script", "image-in-a-name", "html-b", "angle-url"],
)
def test_markdown_and_html_in_a_name_show_as_typed_and_load_nothing(text):
    assert live_markup(text)  # the oracle sees the danger in the raw text
    assert live_markup(plain(text)) == []
    assert shown_text(plain(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        f"www.{HOST}",
        f"WWW.{HOST}/path",
        f"http://{HOST}/a",
        f"see https://{HOST}/b?x=1",
        f"ada@{HOST}",
        f"mailto:ada@{HOST}",
        BARE_URLS,
    ],
)
def test_bare_urls_and_email_addresses_never_become_links(text):
    assert live_markup(text)
    assert live_markup(plain(text)) == []
    assert shown_text(plain(text)) == text


@pytest.mark.parametrize(
    "text", [":smile:", ":material/bolt:", ":streamlit:", ":red[alarm]", "$x^2$", "&#8238;x"]
)
def test_shortcodes_colours_latex_and_entities_stay_text(text):
    assert not SHORTCODE.search(plain(text))
    assert "$" not in plain(text).replace("\\$", "")
    assert shown_text(plain(text)) == text


def test_a_right_to_left_override_cannot_reorder_a_name():
    name = f"Ada {RTL}gnp.exe"
    assert shown_text(plain(name)) == clean(name) == "Ada gnp.exe"
    assert unreadable(plain("\u2066x\u2069\u200f")) == set()


def test_control_characters_become_spaces_and_line_breaks_stay_only_where_asked():
    assert clean(f"Bob{CONTROLS}\nSmith\tjr") == "Bob [31m Smith jr"
    assert unreadable(plain(f"Bob{CONTROLS}")) == set()
    assert clean("First line\r\nsecond\x00line", lines=True, limit=None) == (
        "First line\nsecond line"
    )


def test_a_10_kb_name_is_cut_with_an_ellipsis():
    shown = shown_text(plain(LONG_NAME))
    assert len(shown) == LINE and shown.endswith("…")
    assert shown.startswith(f"![c](http://{HOST}/c.png) ZZZ")
    assert live_markup(plain(LONG_NAME)) == []
    assert clean(LONG_NAME, limit=None) == LONG_NAME


def test_nothing_is_left_of_a_missing_value():
    assert plain(None) == clean(None) == ""


def test_table_cells_are_cleaned_and_numbers_untouched():
    table = plain_table([{"Name": f"{RTL}Ada", "Score": 87.5, "Note": None}])
    assert table.to_dict("records") == [{"Name": "Ada", "Score": 87.5, "Note": ""}]
    frame = plain_table(pd.DataFrame({"Name": [LONG_NAME]}))
    assert len(frame["Name"][0]) == 1_000


TRICKY = st.sampled_from(
    list("\\`*_{}[]()#+-.!|<>~$:@&;=\"'%^?/,") + ["www.", "http://", "\u202e", "\x00", "\n", " "]
)


@settings(deadline=None)  # two shared cores: a slow example is not a wrong one
@given(st.lists(st.one_of(TRICKY, st.text(max_size=5)), max_size=30).map("".join))
def test_any_text_shows_exactly_as_cleaned_and_only_as_text(text):
    markdown = plain(text, limit=None)
    assert live_markup(markdown) == []
    assert shown_text(markdown) == clean(text, limit=None).replace("\u2060", "")
