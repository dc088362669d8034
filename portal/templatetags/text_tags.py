"""Text and link helpers for templates: soft hyphens for long words, and page links whose
query string is built once (no stray ``?&``)."""

from urllib.parse import parse_qsl, urlencode

from django import template

from portal.hyphenation import hyphenate as add_soft_hyphens

register = template.Library()


@register.filter
def hyphenate(text, language=None):
    """Long words with soft hyphens (``portal.hyphenation``), in the text's own language."""
    return add_soft_hyphens(text, language)


@register.simple_tag
def query_url(path, querystring="", **params):
    """``path`` with ``querystring`` (already encoded) and ``params`` replacing what it has;
    a parameter given as ``None`` or ``page=1`` is left out, and so is an empty ``?``."""
    pairs = [(key, value) for key, value in parse_qsl(querystring or "") if key not in params]
    for key, value in params.items():
        if value is None or (key == "page" and str(value) == "1"):
            continue
        pairs.append((key, str(value)))
    return f"{path}?{urlencode(pairs)}" if pairs else path


@register.filter
def webcal(url):
    """A feed's address as a ``webcal:`` link, which opens the subscription in a calendar app."""
    url = str(url or "")
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return "webcal://" + url[len(scheme) :]
    return url


def _normalised(text):
    return " ".join(str(text or "").split())


@register.filter
def without_lead(text, lead):
    """``text`` without its first paragraph when that repeats ``lead`` (a summary shown just
    above it): associations often paste the summary as the description's opening."""
    text = str(text or "")
    first, separator, rest = text.strip().partition("\n\n")
    if lead and _normalised(first) == _normalised(lead):
        return rest.strip() if separator else ""
    return text
