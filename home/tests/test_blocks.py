import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from portal.blocks import BaseStreamBlock, CallToActionBlock
from portal.templatetags.portal_tags import iframe_title

pytestmark = pytest.mark.django_db


def render(block_type, value):
    stream_block = BaseStreamBlock()
    stream = StreamValue(
        stream_block, [(block_type, stream_block.child_blocks[block_type].to_python(value))]
    )
    return "".join(str(child.render()) for child in stream)


def test_heading_gets_an_anchor():
    html = render("heading", {"text": "Miten toimitaan", "level": "h3"})
    assert html.strip() == '<h3 id="miten-toimitaan" class="block-heading">Miten toimitaan</h3>'


def test_image_requires_and_renders_alt_text():
    image = Image.objects.create(title="Kuva", file=get_test_image_file())
    block = BaseStreamBlock().child_blocks["image"]
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
        )
    html = render(
        "image",
        {"image": image.pk, "alt_text": "Kahvipöytä", "caption": "Työpaja", "credit": "Hanke"},
    )
    assert 'alt="Kahvipöytä"' in html
    assert "<figcaption>Työpaja" in html


def test_table_has_caption_and_header_cells():
    html = render(
        "table",
        {
            "caption": "Aikataulu",
            "first_row_is_header": True,
            "first_column_is_header": True,
            "rows": [["Vaihe", "Aika"], ["Suunnittelu", "Syyskuu"]],
        },
    )
    assert "<caption>Aikataulu</caption>" in html
    assert '<th scope="col">Vaihe</th>' in html
    assert '<th scope="row">Suunnittelu</th><td>Syyskuu</td>' in html


def test_call_to_action_needs_a_page_or_an_address():
    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Tule mukaan", "text": "", "page": None, "url": "", "button_label": "Lue"}
    )
    with pytest.raises(ValidationError):
        block.clean(value)
    ok = block.to_python(
        {
            "title": "Tule mukaan",
            "text": "",
            "page": None,
            "url": "https://example.fi/",
            "button_label": "Lue",
        }
    )
    assert block.clean(ok)["url"] == "https://example.fi/"


def test_quote_and_document_blocks_render():
    html = render("quote", {"quote": "Yhdessä enemmän", "attribution": "Työpaja"})
    assert "<blockquote><p>Yhdessä enemmän</p></blockquote>" in html
    assert "— Työpaja" in html


def test_embed_gets_an_accessible_title():

    html = iframe_title(
        '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>', 'Video "A"'
    )
    assert html.startswith('<iframe title="Video &quot;A&quot;"')
