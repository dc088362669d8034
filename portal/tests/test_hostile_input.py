"""Hostile values in every public query parameter and route argument: never a server error."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE = [
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "9" * 40,
    "-1",
    "٣",  # an Arabic-Indic digit: isdigit() is True, int() works, but not a year we serve
    "²",  # a superscript two: isdigit() is True, int() fails
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "x" * 5000,
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "%",
]

PARAMETERS = {
    "/fi/hakemisto/": [
        "q",
        "municipality",
        "theme",
        "target",
        "kind",
        "language",
        "channel",
        "free",
        "access",
        "sort",
        "page",
    ],
    "/fi/kalenteri/": ["q", "from", "to", "online", "municipality", "theme", "organiser", "page"],
    "/fi/kalenteri/ical/": ["q", "from", "to", "municipality"],
    "/fi/kalenteri/archive/": ["from", "to", "page"],
    "/fi/search/": ["q", "type", "page"],
    "/fi/search/suggest/": ["q"],
}


@pytest.mark.parametrize("path", PARAMETERS)
def test_hostile_query_parameters_never_cause_a_server_error(client, calendar_page, path):
    failures = []
    for name in PARAMETERS[path]:
        for value in HOSTILE:
            status = client.get(path, {name: value}).status_code
            if status >= 500:
                failures.append((name, value[:20], status))
    assert not failures


ROUTES = [
    "/fi/kalenteri/month/9999/12/",
    "/fi/kalenteri/month/10000/1/",
    "/fi/kalenteri/month/1/1/",
    "/fi/kalenteri/month/2026/13/",
    "/fi/kalenteri/month/99999999999999999999/1/",
    "/fi/kalenteri/day/9999/12/31/",
    "/fi/kalenteri/day/1/1/1/",
    "/fi/kalenteri/day/2026/2/30/",
    "/fi/kalenteri/day/2026/1/99999999999999999999/",
]


@pytest.mark.parametrize("path", ROUTES)
def test_hostile_route_arguments_answer_404(client, calendar_page, path):
    assert client.get(path).status_code == 404
