import pytest
from wagtail import hooks
from wagtail.models import Page

from home.factories import ContentPageFactory
from home.models import HOME_SECTION_HOOK, ContentPage, HomePage
from home.sections import HomeSection

pytestmark = pytest.mark.django_db


def test_page_type_rules():
    root = Page.objects.get(depth=1)
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert not HomePage.can_create_at(root)  # one home page per tree; translations copy it
    assert not ContentPage.can_create_at(root)
    home = HomePage.objects.get(depth=2)
    assert ContentPage.can_create_at(home)
    assert not HomePage.can_create_at(home)
    assert ContentPage.allowed_subpage_models() == [ContentPage]


def test_home_hides_sections_without_items(client, demo_site):
    with hooks.register_temporarily(
        HOME_SECTION_HOOK,
        lambda page, request: HomeSection(key="empty", title="Tyhjä osio", items=[]),
    ):
        html = client.get("/fi/").content.decode()
    assert "Tyhjä osio" not in html
    assert "home-section--empty" not in html


def test_home_shows_sections_fed_by_other_apps_in_order(client, demo_site):
    about = ContentPage.objects.get(slug="tietoa-portaalista")

    def second(page, request):
        return HomeSection(key="second", title="Toinen osio", items=[about], order=20)

    def first(page, request):
        return HomeSection(
            key="first",
            title="Ensimmäinen osio",
            items=[about],
            more_url="/fi/tietoa-portaalista/",
            more_label="Kaikki",
            order=10,
        )

    with (
        hooks.register_temporarily(HOME_SECTION_HOOK, second),
        hooks.register_temporarily(HOME_SECTION_HOOK, first),
    ):
        html = client.get("/fi/").content.decode()
    assert html.index("Ensimmäinen osio") < html.index("Toinen osio")
    assert '<h2 id="section-first">Ensimmäinen osio</h2>' in html
    assert 'href="/fi/tietoa-portaalista/">Kaikki</a>' in html


def test_one_h1_per_page_and_landmarks(client, demo_site):
    for path in ("/fi/", "/sv/", "/fi/tietoa-portaalista/", "/sv/dataskyddsbeskrivning/"):
        html = client.get(path).content.decode()
        assert html.count("<h1") == 1, path
        for landmark in ("<header", "<main", "<footer", 'class="main-nav"', 'class="skip-link"'):
            assert landmark in html, (path, landmark)


def test_breadcrumbs_lead_home(client, demo_site):
    html = client.get("/fi/saavutettavuusseloste/").content.decode()
    crumbs = html[
        html.index('class="breadcrumbs"') : html.index("</nav>", html.index("breadcrumbs"))
    ]
    assert 'href="/fi/"' in crumbs
    assert 'aria-current="page">Saavutettavuusseloste' in crumbs


def test_main_navigation_comes_from_the_page_tree(client, demo_site):
    home = HomePage.objects.get(locale__language_code="fi")
    ContentPageFactory(parent=home, title="Piilotettu", slug="piilotettu", show_in_menus=False)
    html = client.get("/fi/").content.decode()
    nav = html[html.index('class="main-nav"') : html.index("</nav>", html.index("main-nav"))]
    assert "Tietoa portaalista" in nav
    assert "Piilotettu" not in nav


def test_meta_description_and_opengraph(client, demo_site):
    html = client.get("/fi/tietoa-portaalista/").content.decode()
    assert '<meta name="description" content="Portaali on alueellisen' in html
    assert '<meta property="og:title" content="Tietoa portaalista">' in html
    assert '<meta property="og:locale" content="fi_FI">' in html
    assert '<link rel="canonical" href="http://testserver/fi/tietoa-portaalista/">' in html
    assert 'rel="icon"' in html


def test_content_page_shows_last_reviewed_date(client, demo_site):
    html = client.get("/fi/saavutettavuusseloste/").content.decode()
    assert '<time datetime="2026-11-01">1.11.2026</time>' in html
