import re

import pytest
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.factories import ContentPageFactory
from home.models import HomePage

pytestmark = pytest.mark.django_db


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("sv-FI,sv;q=0.9", "/sv/"), ("fi", "/fi/"), ("", "/fi/"), ("de-DE", "/fi/")],
)
def test_root_redirects_by_browser_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_html_lang_matches_the_language_of_the_page(client, demo_site):
    fi = client.get("/fi/").content.decode()
    sv = client.get("/sv/").content.decode()
    assert '<html lang="fi">' in fi
    assert '<html lang="sv">' in sv
    assert "Föreningar och social- och hälsocentraler" in sv


def test_language_switcher_leads_to_the_translation(client, demo_site):
    html = client.get("/fi/tietoa-portaalista/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    assert 'href="/sv/om-portalen/" hreflang="sv" lang="sv"' in switcher
    assert '<span aria-current="true" lang="fi">Suomeksi</span>' in switcher


def test_language_switcher_falls_back_to_the_home_page_without_translation(client, demo_site):
    home = HomePage.objects.get(locale__language_code="fi")
    ContentPageFactory(parent=home, slug="vain-suomeksi", title="Vain suomeksi")
    html = client.get("/fi/vain-suomeksi/").content.decode()
    assert 'href="/sv/" hreflang="sv"' in html
    # An untranslated page declares only the languages it exists in.
    assert set(hreflangs(html)) == {"fi", "x-default"}


def test_hreflang_alternates_list_every_translation_with_absolute_urls(client, demo_site):
    links = hreflangs(client.get("/sv/om-portalen/").content.decode())
    assert links == {
        "fi": "http://testserver/fi/tietoa-portaalista/",
        "sv": "http://testserver/sv/om-portalen/",
        "x-default": "http://testserver/fi/tietoa-portaalista/",
    }


def test_interface_strings_are_translated(client, demo_site):
    fi = client.get("/fi/").content.decode()
    sv = client.get("/sv/").content.decode()
    assert "Siirry sisältöön" in fi
    assert "Hoppa till innehållet" in sv


def test_alias_pages_mark_their_text_with_the_source_language(client, demo_site):
    home = HomePage.objects.get(locale__language_code="fi")
    page = ContentPageFactory(parent=home, slug="synkronoitu", title="Synkronoitu sivu")
    alias = page.copy_for_translation(Locale.objects.get(language_code="sv"), alias=True)
    html = client.get(alias.url).content.decode()
    assert '<html lang="sv">' in html
    assert '<main id="main" tabindex="-1" lang="fi">' in html


@pytest.mark.parametrize(("language", "text"), [("fi", "Kojelauta"), ("sv", "Instrumentpanel")])
def test_admin_works_in_both_languages(client, admin_user, language, text):

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert text in html


def test_every_configured_language_has_a_locale(db):

    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {code for code, _name in settings.LANGUAGES} <= codes
    assert Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).exists()
