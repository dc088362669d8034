"""Page type rules, the guidance index, the guide page and the home page section."""

import datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import ContentPage, HomePage
from pilots.factories import (
    GuidanceIndexPageFactory,
    GuidePageFactory,
    PilotPageFactory,
)
from pilots.models import (
    CentreIndexPage,
    CentrePage,
    GuidanceIndexPage,
    GuidePage,
    PilotPage,
)
from portal.hyphenation import SOFT_HYPHEN

pytestmark = pytest.mark.django_db

GUIDE_FI = "/fi/ohjeet/sote-keskuspilotti-syksy-2022/ohje-sote-keskusyhteistyohon/"
GUIDE_SV = "/sv/anvisningar/pilot-hosten-2022/anvisning-for-samarbete-med-centralerna/"


@pytest.fixture
def home(db):
    return HomePage.objects.get(depth=2)


def test_page_type_rules(home):
    root = Page.objects.get(depth=1)
    assert not GuidanceIndexPage.can_create_at(root)
    assert GuidanceIndexPage.can_create_at(home)
    index = GuidanceIndexPageFactory(parent=home)
    assert not GuidanceIndexPage.can_create_at(home)  # one per language tree
    assert set(index.specific_class.allowed_subpage_models()) == {PilotPage, CentreIndexPage}
    assert PilotPage.allowed_subpage_models() == [GuidePage]
    assert GuidePage.allowed_subpage_models() == []
    assert CentreIndexPage.allowed_subpage_models() == [CentrePage]
    assert CentrePage.allowed_subpage_models() == []
    assert not PilotPage.can_create_at(home)
    assert not GuidePage.can_create_at(index)
    assert not CentrePage.can_create_at(index)
    assert CentreIndexPage.can_create_at(index)
    assert ContentPage not in index.specific_class.allowed_subpage_models()


def test_guidance_index_lists_pilots_newest_first_with_their_guides(client, home):
    index = GuidanceIndexPageFactory(parent=home, slug="ohjeet-testi")
    old = PilotPageFactory(
        parent=index, title="Vanha pilotti", start_date=datetime.date(2021, 1, 1)
    )
    new = PilotPageFactory(parent=index, title="Uusi pilotti", start_date=datetime.date(2024, 1, 1))
    GuidePageFactory(parent=old, title="Vanhan pilotin ohje")
    GuidePageFactory(parent=new, title="Uuden pilotin ohje")
    html = client.get(index.url).content.decode()
    assert (
        html.index("Uusi pilotti") < html.index("Uuden pilotin ohje") < html.index("Vanha pilotti")
    )
    assert html.index("Vanha pilotti") < html.index("Vanhan pilotin ohje")


def test_guidance_index_queries_do_not_grow_with_pilots(client, home):
    index = GuidanceIndexPageFactory(parent=home, slug="ohjeet-testi")
    pilot = PilotPageFactory(parent=index)
    GuidePageFactory(parent=pilot)
    client.get(index.url)
    with CaptureQueriesContext(connection) as few:
        client.get(index.url)
    for _ in range(4):
        GuidePageFactory(parent=PilotPageFactory(parent=index))
    with CaptureQueriesContext(connection) as many:
        client.get(index.url)
    assert len(many) == len(few)


def test_demo_guide_page(client, demo_site):
    """Plain-language summary first, table of contents, upkeep, anchors, every block."""
    html = client.get(GUIDE_FI).content.decode()
    assert html.count("<h1") == 1
    assert 'href="/static/pilots/pilots.css"' in html
    main = html[html.index("<main") :]
    plain = main.index('id="plain-language-heading"')
    toc = main.index('class="guide-toc"')
    body = main.index('id="guide-body"')
    assert plain < toc < body
    assert "Selkokielellä" in main and "Sisällys" in main

    guide = GuidePage.objects.get(url_path__endswith="/ohje-sote-keskusyhteistyohon/")
    entries = guide.get_table_of_contents()
    assert len(entries) >= 8
    for entry in entries:
        assert f'<a href="#{entry.anchor}">{entry.title}</a>' in main
        assert f'<h2 id="{entry.anchor}"' in main
        assert f'class="section-anchor" href="#{entry.anchor}"' in main
        assert f'aria-label="Linkki osioon ”{entry.title}”"' in main
    assert "Tarkistettu viimeksi" in main and "Vastuutaho" in main
    assert '<time datetime="2022-08-29">29.8.2022</time>' in main
    assert "Järjestöyhteistyöhankkeen koordinaattori" in main

    for css_class in ("checklist", "role-card", "timeline", "contact-card", "callout", "faq__item"):
        assert f'class="{css_class}' in html, css_class
    # Every dated milestone of the autumn 2022 pilot is in the past; the relative one is not.
    assert html.count("timeline__milestone--past") == 4
    assert html.count("(toteutunut)") == 4
    assert "Kaisa Virtanen-Esimerkki" in main  # contact card from the snippet

    workshops = client.get(
        "/fi/ohjeet/yhdistystyopajat-savonlinnan-seudulla/yhdistystyopajan-prosessi/"
    ).content.decode()
    assert 'class="process"' in workshops
    assert workshops.index("Ennen työpajaa") < workshops.index("Työpajan aikana")
    assert workshops.index("Työpajan aikana") < workshops.index("Työpajan jälkeen")
    assert "Vaihe 1" in workshops and "Vastuu" in workshops
    assert 'id="plain-language-heading"' not in workshops  # no summary, no empty section


def test_demo_navigation(client, demo_site):
    """Menu → guidance index → pilot, guide and centres; the liaison person in two clicks."""
    home = client.get("/fi/").content.decode().replace(SOFT_HYPHEN, "")
    nav = home[home.index('class="main-nav"') : home.index("</nav>", home.index("main-nav"))]
    assert 'href="/fi/ohjeet/"' in nav
    section = home[home.index('id="section-guidance"') :]
    section = section[: section.index("</section>")]
    assert "Ohjeet yhteistyöhön" in section
    assert "Ohje järjestöille ja seurakunnille sote-keskusyhteistyöhön" in section
    assert 'href="/fi/ohjeet/">Kaikki pilotit ja ohjeet</a>' in section
    sv_home = client.get("/sv/").content.decode().replace(SOFT_HYPHEN, "")
    assert (
        "Anvisning för organisationer och församlingar"
        in sv_home[sv_home.index('id="section-guidance"') :]
    )

    index = client.get("/fi/ohjeet/").content.decode().replace(SOFT_HYPHEN, "")
    # Newest pilot first.
    assert index.index("Yhdistystyöpajat Savonlinnan seudulla") < index.index(
        "Järjestöyhteistyön pilotti sote-keskuksissa, syksy 2022"
    )
    assert f'href="{GUIDE_FI}"' in index

    # The liaison person of a centre: click 1, the centre on the guidance index; click 2 is
    # not even needed, the centre page shows the liaison contact card.
    assert 'href="/fi/ohjeet/keskukset/savonlinnan-sote-keskus/"' in index
    centre = client.get("/fi/ohjeet/keskukset/savonlinnan-sote-keskus/").content.decode()
    liaison = centre[centre.index('id="liaison-heading"') :]
    assert "Sanna Lehtola" in liaison
    assert 'href="mailto:sanna.lehtola@example.fi"' in liaison
    # Through the centre index it is two clicks.
    assert 'href="/fi/ohjeet/keskukset/"' in index
    assert (
        'href="/fi/ohjeet/keskukset/savonlinnan-sote-keskus/"'
        in client.get("/fi/ohjeet/keskukset/").content.decode()
    )

    pilot = (
        client.get("/fi/ohjeet/sote-keskuspilotti-syksy-2022/")
        .content.decode()
        .replace(SOFT_HYPHEN, "")
    )
    assert '<time datetime="2022-09-01">1.9.2022</time>' in pilot
    assert '<time datetime="2022-12-31">31.12.2022</time>' in pilot
    assert "Pohjois-Savo" in pilot
    assert "status--ended" in pilot and "Päättynyt" in pilot
    assert f'href="{GUIDE_FI}"' in pilot


def test_print_stylesheet_prints_faq_answers_and_link_targets():

    css = Path(finders.find("pilots/pilots.css")).read_text()
    print_css = css[css.index("@media print") :]
    assert ".faq__print[hidden] { display: block !important; }" in print_css
    assert ".faq__item { display: none !important; }" in print_css
    assert ".section-anchor" in print_css
    # The site's print styles spell out full addresses, and paths in written content.
    site_css = Path(finders.find("portal/css/portal.css")).read_text()
    site_print = site_css[site_css.index("@media print") :]
    assert 'main a[href^="http"]::after, main .rich-text a[href^="/"]::after {' in site_print
    assert 'content: " (" attr(href) ")"' in site_print


def test_home_section_is_hidden_without_guides(client, home):
    html = client.get("/fi/").content.decode()
    assert 'id="section-guidance"' not in html
