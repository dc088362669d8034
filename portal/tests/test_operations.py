import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "ok"}


def test_readyz_reports_a_failing_cache_as_degraded_but_stays_in_rotation(client, monkeypatch):
    """Every server shares the cache: a 503 for it would take them all out at once."""

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}


def test_readyz_is_unavailable_when_the_database_fails(client, monkeypatch):

    def broken():
        raise ConnectionError("database down")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error"


def test_robots_txt_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_sitemap_lists_public_pages_in_both_languages(client, demo_site):

    draft = ContentPage.objects.get(slug="tietoa-portaalista")
    draft.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = settings.PORTAL_BASE_URL  # the one base of absolute addresses, not the Site record
    urls = {
        loc.text.removeprefix(root)
        for loc in ET.fromstring(response.content).findall("s:url/s:loc", ns)
    }
    assert "/fi/" in urls
    assert "/sv/" in urls
    assert "/fi/saavutettavuusseloste/" in urls
    assert "/sv/tillganglighetsutlatande/" in urls
    assert "/sv/om-portalen/" in urls
    assert "/fi/tietoa-portaalista/" not in urls
    assert not any(url.startswith("http") for url in urls)  # every address on that base


def test_security_headers_and_csp_without_inline_scripts(client, demo_site):
    response = client.get("/fi/")
    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_scripts(client, demo_site):
    html = client.get("/fi/tietoa-portaalista/").content.decode()
    assert "<script>" not in html
    assert "onclick=" not in html


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [("/fi/ei-ole/", "fi", "Sivua ei löytynyt"), ("/sv/finns-inte/", "sv", "Sidan hittades inte")],
)
def test_not_found_page_in_the_readers_language(client, demo_site, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert text in html


def test_server_error_page_in_both_languages():
    html = render_to_string("500.html")
    assert '<html lang="fi">' in html
    assert 'lang="sv"' in html
    assert "Ett fel inträffade" in html
