"""schema.org JSON-LD blocks, safe to embed in a page whatever the data holds."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe


def json_ld_script(data):
    """``<script type="application/ld+json">`` with ``data``: nothing in the data (an event's
    title such as ``</script><img …>``) can close the element or start markup."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
