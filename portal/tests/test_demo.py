import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from home.models import ContentPage
from portal.models import PortalSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("locale__language_code", "url_path", "title", "live")
        ),
        "revisions": Revision.objects.count(),
    }


def test_demo_loads_a_finnish_and_swedish_site(demo_site):
    for slug_fi, slug_sv in [
        ("tietoa-portaalista", "om-portalen"),
        ("saavutettavuusseloste", "tillganglighetsutlatande"),
        ("tietosuojaseloste", "dataskyddsbeskrivning"),
    ]:
        fi = ContentPage.objects.get(slug=slug_fi)
        sv = ContentPage.objects.get(slug=slug_sv)
        assert fi.live and sv.live
        assert fi.translation_key == sv.translation_key
        assert fi.body and sv.body
    settings = PortalSettings.load()
    assert settings.accessibility_statement.slug == "saavutettavuusseloste"
    assert settings.privacy_notice.slug == "tietosuojaseloste"


def test_running_the_demo_twice_changes_nothing(demo_site):
    before = snapshot()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == before


def test_swedish_texts_are_wagtail_localize_translations(demo_site):

    assert StringTranslation.objects.filter(locale__language_code="sv", data="Om portalen").exists()


def test_footer_links_the_statements_in_the_readers_language(client, demo_site):
    html = client.get("/sv/").content.decode()
    footer = html[html.index('class="site-footer"') :]
    assert 'href="/sv/tillganglighetsutlatande/"' in footer
    assert 'href="/sv/dataskyddsbeskrivning/"' in footer


def test_dev_admin_is_refused_outside_development(db):
    with pytest.raises(CommandError):
        call_command("ensure_dev_admin")


def test_dev_admin_is_created_in_development(db, settings, capsys):

    settings.PORTAL_DEMO_ACCOUNTS = True
    settings.PORTAL_BASE_URL = "http://127.0.0.1:8081"  # `PORT=8081 make run`
    call_command("ensure_dev_admin")
    assert get_user_model().objects.get(username="admin").is_superuser
    assert "Admin: http://127.0.0.1:8081/admin/" in capsys.readouterr().out


def test_the_privacy_notice_shows_the_register_in_both_languages(client, demo_site):
    finnish = client.get("/fi/tietosuojaseloste/").content.decode()
    swedish = client.get("/sv/dataskyddsbeskrivning/").content.decode()
    assert "Tapahtumiin ilmoittautumiset" in finnish and "Kuinka kauan" in finnish
    assert "Anmälningar till evenemang" in swedish and "Hur länge" in swedish
    assert "Omat tiedot" in finnish and "Mina uppgifter" in swedish
