"""Form data and images shared by the self-service tests."""

import io

from django.urls import reverse
from PIL import Image as PillowImage

from directory.taxonomy.models import Theme

PASSWORD = "Vahva-salasana-2026"


def organisation_data(**overrides):
    data = {
        "name": "Uusi Yhdistys ry",
        "type": "association",
        "business_id": "",
        "original_language": "fi",
        "description": "Vertaistukea ja virkistystä Kuopiossa.",
        "description_sv": "Kamratstöd och rekreation i Kuopio.",
        "email": "info@uusi.example.fi",
        "phone": "040 000 0001",
        "action": "submit",
    }
    data.update(overrides)
    return data


def activity_data(organisation, **overrides):
    leisure = Theme.objects.default_locale().get(slug="leisure")
    data = {
        "organisation": organisation.pk,
        "original_language": "fi",
        "title": "Kävelyryhmä",
        "summary": "Reipas kävely kerran viikossa.",
        "description": "Kävelemme yhdessä puistossa.",
        "title_sv": "Promenadgrupp",
        "summary_sv": "En rask promenad en gång i veckan.",
        "kind": "club",
        "status": "active",
        "themes": [leisure.pk],
        "languages": [],
        "channel": "place",
        "municipality": "",
        "registration": "none",
        "is_free": "on",
        "slots-TOTAL_FORMS": "3",
        "slots-INITIAL_FORMS": "0",
        "slots-MIN_NUM_FORMS": "0",
        "slots-MAX_NUM_FORMS": "7",
        "slots-0-weekday": "1",
        "slots-0-start_time": "17:00",
        "slots-0-end_time": "18:30",
        "action": "submit",
    }
    data.update(overrides)
    return data


def png_bytes(size=(400, 300), exif=False):
    buffer = io.BytesIO()
    image = PillowImage.new("RGB", size, "#00508a")
    if exif:
        info = PillowImage.Exif()
        info[0x010F] = "Kamera Oy"  # Make
        image.save(buffer, format="JPEG", exif=info.tobytes())
    else:
        image.save(buffer, format="PNG")
    return buffer.getvalue()


def approve(client, moderator, listing, action="approve", comment=""):
    client.force_login(moderator)
    task_state = listing.current_workflow_task_state
    name = listing.snippet_viewset.get_url_name("workflow_action")
    response = client.post(
        reverse(name, args=[listing.pk, action, task_state.pk]), {"comment": comment}
    )
    assert response.status_code in (200, 302)
    client.logout()
