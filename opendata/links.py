"""Absolute addresses for open data: public pages in each language and images."""

from django.http import Http404

from directory.events.pages import CalendarPage
from directory.organisations.models import DirectoryPage
from portal.addresses import absolute
from portal.languages import language_codes


def listing_urls(listing):
    """``{language: absolute URL}`` of an organisation's, activity's or event's public page in
    each portal language (the page shows the original text where there is no translation).
    Within ``page_lookups_remembered`` (every API request) the pages are looked up once."""
    urls = {}
    for language in language_codes():
        try:
            if listing._meta.model_name == "event":
                page = CalendarPage.for_language(language)
                path = page.event_url(listing) if page else ""
            else:
                page = DirectoryPage.for_language(language)
                path = page.listing_url(listing) if page else ""
        except Http404:
            path = ""
        if path:
            urls[language] = absolute(path)
    return urls


def image_data(image, alt_text):
    """The original image's absolute URL, size and alternative text, or ``None``."""
    if image is None:
        return None
    return {
        "url": absolute(image.file.url),
        "width": image.width,
        "height": image.height,
        "alt_text": alt_text or "",
    }
