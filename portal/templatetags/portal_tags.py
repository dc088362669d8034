"""Template tags for the site-wide layout: languages, navigation, breadcrumbs and metadata."""

import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from portal.addresses import absolute
from portal.models import PortalSettings, translations_by_language
from portal.routing import LocalizedRoutesMixin, clean_query, view_identity

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    return site.root_page if site else None


def _home_for_language(request, language_code):
    """The live home page of a language, or None."""
    root = _site_root(request)
    if root is None:
        return None
    if root.locale.language_code == language_code:
        return root
    return (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language_code)
        .first()
    )


def _routed_view(context):
    """The identity of a localized routable page's sub-view (an activity, an event, a month):
    ``(route name, args, kwargs)``, or None on other pages."""
    page = context.get("page")
    if not isinstance(page, LocalizedRoutesMixin):
        return None
    return view_identity(context.get("request"))


def _language_links(context):
    """Each language's version of what is shown: a page's translation, or on a routable page's
    sub-view the same view (same item, month, day, filters) under that language's page. A view
    showing one listing puts the languages of its own texts in ``item_languages``; the others
    link to the listing in its original language's text and get no ``hreflang`` alternate."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = translations_by_language(page) if isinstance(page, Page) else {}
    identity = _routed_view(context)
    query = clean_query(request) if identity else ""
    item_languages = context.get("item_languages")
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        has_translation = translation is not None
        if translation is not None and identity is not None:
            url = translation.specific.route_url(identity, query)
            has_translation = item_languages is None or code in item_languages
        elif translation is not None:
            url = translation.get_url(request)
        elif isinstance(page, Page):
            home = _home_for_language(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
            has_translation = True
        else:
            url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "native_name": settings.LANGUAGE_NATIVE_NAMES.get(code, name),
                "url": url,
                "is_current": code == current,
                "has_translation": has_translation,
            }
        )
    return links


@register.inclusion_tag("portal/tags/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": _language_links(context)}


@register.inclusion_tag("portal/tags/hreflang.html", takes_context=True)
def hreflang_links(context):
    """``<link rel=alternate hreflang>`` for every language the current page exists in."""
    links = [link for link in _language_links(context) if link["has_translation"]]
    for link in links:
        link["url"] = absolute(link["url"])
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}


@register.inclusion_tag("portal/tags/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    page = context.get("page")
    home = _home_for_language(request, get_language())
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu().specific(defer=True))
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": home,
        "items": [
            {
                "page": item,
                "is_current": bool(current_path) and current_path == item.path,
                "is_ancestor": bool(current_path)
                and current_path.startswith(item.path)
                and current_path != item.path,
            }
            for item in items
        ],
        "request": request,
    }


@register.inclusion_tag("portal/tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).specific(defer=True)
    return {
        "ancestors": ancestors,
        "page": page,
        "request": context.get("request"),
        # A routable page's sub-view (an event, a listing, a month) names itself here.
        "current_title": context.get("breadcrumb_title"),
    }


@register.inclusion_tag("portal/tags/footer_links.html", takes_context=True)
def footer_links(context):
    request = context.get("request")
    portal_settings = PortalSettings.load(request_or_site=request)
    language = get_language()
    links = []
    for page in (portal_settings.accessibility_statement, portal_settings.privacy_notice):
        if page is None:
            continue
        localized = translations_by_language(page).get(language) or page
        if localized.live:
            links.append(localized)
    return {"links": links, "settings": portal_settings, "request": request}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the page's own text (may differ from the interface on aliases)."""
    page = context.get("page")
    language = getattr(page, "content_language", None)
    return language or get_language()


@register.simple_tag
def absolute_url(url):
    """``url`` on the portal's one base (``PORTAL_BASE_URL``)."""
    return absolute(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own absolute address; a routable page's sub-view names itself, with its
    filters but without tracking parameters, empty values or ``page=1``."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    identity = _routed_view(context)
    if identity is None:
        return absolute(page.url)
    request = context.get("request")
    return absolute(page.route_url(identity, clean_query(request, keep_page=True)))


@register.filter
def iframe_title(html, title):
    """Give embedded iframes the accessible name their provider leaves out."""
    if not html:
        return ""
    html = re.sub(r"\stitle=\"[^\"]*\"", "", str(html))
    return mark_safe(html.replace("<iframe", f'<iframe title="{escape(title)}"', 1))  # noqa: S308


@register.simple_tag
def locale_for(language_code):
    return Locale.objects.filter(language_code=language_code).first()


@register.simple_tag
def site_name():
    """The portal's name in the active language, also where no request is at hand (e-mails)."""
    return str(settings.WAGTAIL_SITE_NAME)
