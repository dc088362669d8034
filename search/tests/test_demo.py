"""The demo's promoted results, and searching the demo content in both languages."""

import os

import pytest
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import SearchPromotion

pytestmark = pytest.mark.django_db


def test_demo_promotions_in_both_languages(client, demo_site):
    count = SearchPromotion.objects.count()
    assert count >= 5
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert SearchPromotion.objects.count() == count  # nothing changes the second time

    fi = client.get("/fi/search/?q=yhteistyö").content.decode()
    promoted = fi.split('id="promotions-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/fi/ohjeet/">Ohjeet yhteistyöhön</a>' in promoted
    sv = client.get("/sv/search/?q=samarbete").content.decode()
    promoted = sv.split('id="promotions-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/sv/anvisningar/">Anvisningar för samarbete</a>' in promoted


def test_demo_content_is_found_in_both_languages(client, demo_site):
    fi = client.get("/fi/search/?q=vertaistukiryhmä").content.decode()
    assert 'class="search-result__type">Toiminta<' in fi
    sv = client.get("/sv/search/?q=kamratstödsgrupp").content.decode()
    assert 'class="search-result__type">Verksamhet<' in sv
    # Untranslated activities reach Swedish readers too, marked as Finnish.
    fallback = client.get("/sv/search/?q=vertaistukiryhmä").content.decode()
    assert '<h3 class="listing-card__title" lang="fi">' in fallback
