"""Long, empty, punctuation-only, SQL and HTML queries: always a normal page, never an error."""

import pytest

from search.engine import MAX_QUERY_LENGTH, MAX_TERMS, clean_query

from .helpers import add_page, make_activity

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    "   ",
    "!!!",
    "?*:^~()[]{}<>\"'-+|&",
    '"',
    "'",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "kirjasto' UNION SELECT password FROM auth_user --",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "AND OR NOT NEAR",
    "kirjasto AND",
    "title:kirjasto",
    "kirjasto*",
    "\\",
    "%",
    "%%%___",
    "kirjasto\x00",
    "\u200b\u2028",
    "🙂🙂",
    "ääkkönen ÅÄÖ",
    "a" * 5000,
    "kirjasto " * 500,
    "1",
]


def test_clean_query_keeps_words_and_numbers_only():
    assert clean_query("  Kirjasto,   yhdistys!  ").terms == ["Kirjasto", "yhdistys"]
    assert clean_query("sote-keskus").terms == ["sote", "keskus"]
    assert clean_query("'; DROP TABLE x; --").terms == ["DROP", "TABLE", "x"]
    assert clean_query("<b>ääni</b>").terms == ["b", "ääni", "b"]
    assert clean_query("under_score").terms == ["under", "score"]
    punctuation = clean_query("?!…")
    assert punctuation.has_no_words and not punctuation.is_empty
    assert clean_query("").is_empty and not clean_query("").has_no_words


def test_clean_query_limits_length_and_words():
    long = clean_query("x" * 1000)
    assert len(long.display) == MAX_QUERY_LENGTH and long.shortened
    many = clean_query(" ".join(f"sana{n}" for n in range(50)))
    assert len(many.terms) == MAX_TERMS and many.shortened
    assert not clean_query("kirjasto").shortened


def test_bad_queries_get_a_normal_page(client, home, listing_pages):
    add_page(home, "Kirjasto", "Kirjasto on avoinna.", slug="kirjasto")
    make_activity("Kirjastokerho")
    for language in ("fi", "sv"):
        for query in BAD_QUERIES:
            params = {"q": query, "type": query, "page": query}
            response = client.get(f"/{language}/search/", params)
            assert response.status_code == 200, query
            html = response.content.decode()
            assert "<script>alert" not in html and "<img src=x" not in html
            suggestions = client.get(f"/{language}/search/suggest/", {"q": query})
            assert suggestions.status_code == 200, query
            assert "suggestions" in suggestions.json()


def test_punctuation_only_explains_what_to_type(client, listing_pages):
    html = client.get("/fi/search/?q=%21%21%21").content.decode()
    assert "Kirjoita hakuun vähintään yksi sana tai numero." in html
    assert 'href="/fi/hakemisto/"' in html  # and where to browse instead
    sv = client.get("/sv/search/?q=%3F%3F").content.decode()
    assert "Skriv minst ett ord eller en siffra för att söka." in sv


def test_a_long_query_is_shortened_with_a_message(client, listing_pages):
    html = client.get("/fi/search/", {"q": "kirjasto " * 100}).content.decode()
    assert "Haku oli pitkä: siitä käytettiin vain 10 ensimmäistä sanaa" in html
    sv = client.get("/sv/search/", {"q": "bibliotek " * 100}).content.decode()
    assert "Sökningen var lång" in sv


def test_the_query_is_shown_back_escaped(client, listing_pages):
    html = client.get("/fi/search/", {"q": "<b>lihavoitu</b>"}).content.decode()
    assert "&lt;b&gt;lihavoitu&lt;/b&gt;" in html
    assert "<b>lihavoitu</b>" not in html


def test_post_is_not_allowed(client, listing_pages):
    assert client.post("/fi/search/", {"q": "x"}).status_code == 405
