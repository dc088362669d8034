"""Soft hyphens for long compounds, page links without stray ``?&``, feed links and leads."""

from django.template import Context, Template
from django.utils import translation

from portal.hyphenation import SOFT_HYPHEN, finnish_breaks, hyphenate
from portal.templatetags.text_tags import query_url, webcal, without_lead


def shown(text):
    return text.replace(SOFT_HYPHEN, "-")


def test_finnish_compounds_break_at_syllables():
    assert shown(hyphenate("vertaistukiryhmä", "fi")) == "ver-tais-tu-ki-ryh-mä"
    assert shown(hyphenate("omaishoitajaperhe", "fi")) == "omais-hoi-ta-ja-per-he"
    assert shown(hyphenate("radioasemallakin", "fi")) == "ra-di-o-a-se-mal-la-kin"
    # Long vowels and diphthongs stay together; so do ie, uo and yö of compound parts.
    assert shown(hyphenate("tietosuojaseloste", "fi")) == "tie-to-suo-ja-se-los-te"
    assert shown(hyphenate("vapaaehtoistyöntekijä", "fi")) == "va-paa-eh-tois-työn-te-ki-jä"
    assert finnish_breaks("kala") == [2]


def test_swedish_uses_its_own_patterns_and_short_words_stay_whole():
    assert SOFT_HYPHEN in hyphenate("föreningsverksamhet", "sv")
    assert hyphenate("Savonlinna on kaunis", "fi") == "Savonlinna on kaunis"
    assert hyphenate("", "fi") == ""
    # Capitals and text around the word are kept; the letters never change.
    text = "Vertaistukiryhmä omaishoitajille, Kuopio"
    assert hyphenate(text, "fi").replace(SOFT_HYPHEN, "") == text


def test_the_text_language_decides():
    class Text(str):
        language = "sv"

    with translation.override("fi"):
        assert hyphenate(Text("föreningsverksamhet")) == hyphenate("föreningsverksamhet", "sv")
        assert Template("{% load text_tags %}{{ word|hyphenate }}").render(
            Context({"word": "vertaistukiryhmä"})
        ) == hyphenate("vertaistukiryhmä", "fi")


def test_page_links_never_carry_an_empty_query():
    assert query_url("/fi/tapahtumat/", "", page=2) == "/fi/tapahtumat/?page=2"
    assert query_url("/fi/tapahtumat/", "", page=1) == "/fi/tapahtumat/"
    assert query_url("/fi/x/", "q=kuoro&page=3", page=4) == "/fi/x/?q=kuoro&page=4"
    assert query_url("/fi/x/", "municipality=kuopio&theme=a") == (
        "/fi/x/?municipality=kuopio&theme=a"
    )
    assert query_url("/fi/x/", "") == "/fi/x/"
    template = Template("{% load text_tags %}<a href=\"{% query_url '/a/' 'x=1&y=2' page=2 %}\">")
    html = template.render(Context())
    assert 'href="/a/?x=1&amp;y=2&amp;page=2"' in html


def test_feed_links_open_in_a_calendar_app():
    assert webcal("https://portaali.example.fi/fi/tapahtumat/ical/") == (
        "webcal://portaali.example.fi/fi/tapahtumat/ical/"
    )
    assert webcal("http://127.0.0.1:8000/fi/x/?a=1") == "webcal://127.0.0.1:8000/fi/x/?a=1"


def test_a_description_does_not_repeat_the_summary():
    summary = "Reipas kävely kerran viikossa."
    assert without_lead("Reipas  kävely kerran\nviikossa.\n\nLisää tietoa.", summary) == (
        "Lisää tietoa."
    )
    assert without_lead(summary, summary) == ""
    assert without_lead("Eri alku.\n\nReipas kävely.", summary) == "Eri alku.\n\nReipas kävely."
