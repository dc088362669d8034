"""Helpers for ``manage.py load_demo``: bilingual content, created once, translated with
wagtail-localize so that editors can keep working on the translations in the admin.

Demo content is written as specs whose translatable leaves are ``{"fi": …, "sv": …}``
dictionaries; :func:`pick` turns a spec into one language's value. StreamField blocks get ids
derived from a stable key, so both languages share the block structure that wagtail-localize
matches segments by.
"""

import copy
import uuid

from django.conf import settings
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

DEMO_NAMESPACE = uuid.UUID("7c0d6a3e-55f4-4c1f-9a57-0c9c2b0b5d11")


def is_bilingual(value):
    return isinstance(value, dict) and value and set(value) <= {"fi", "sv", "en"} and "fi" in value


def pick(value, language):
    """One language's version of a bilingual spec (falls back to Finnish)."""
    if is_bilingual(value):
        return value.get(language, value["fi"])
    if isinstance(value, dict):
        return {key: pick(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [pick(item, language) for item in value]
    return value


def stream(key, blocks, language):
    """Raw StreamField data with ids that are the same in every language.

    ``blocks`` is a list of ``(block_type, value_spec)`` pairs.
    """
    return [
        {
            "type": block_type,
            "value": pick(value, language),
            "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}")),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]


def stored_stream(stream_block, raw):
    """Raw stream data in the form Wagtail stores, where list items carry ids.

    wagtail-localize only extracts list items that have ids, so demo data must be stored that
    way for its strings to be translatable.
    """
    value = stream_block.to_python(raw)
    list(value)  # turn lazy raw data into block values
    return stream_block.get_prep_value(value)


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def other_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def get_or_create_child(parent, model, slug, **fields):
    """The child page with ``slug``, created and published if missing; never changed after."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def translate(source, language, values):
    """Publish ``source`` in ``language`` with ``values`` through wagtail-localize.

    ``values`` maps field names to the target language's values, with the same structure as the
    source. Each translated string is stored as a wagtail-localize string translation, so the
    translation stays editable (and updatable from the source) in the admin. Returns the
    translated object; an existing translation is left as it is.
    """
    locale = Locale.objects.get(language_code=language)
    existing = source.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return existing

    # Extract from the stored form (lists carry item ids there, as in the translation source).
    source = source.__class__.objects.get(pk=source.pk)
    target = copy.copy(source)
    for field_name, value in values.items():
        field = target._meta.get_field(field_name)
        if isinstance(field, StreamField):
            value = stored_stream(field.stream_block, value)
        setattr(target, field_name, value)
    source_segments = [s for s in extract_segments(source) if isinstance(s, StringSegmentValue)]
    target_segments = [s for s in extract_segments(target) if isinstance(s, StringSegmentValue)]
    # Segments come out in document order; paths can differ where list items got new ids.
    if len(source_segments) != len(target_segments):
        raise ValueError(f"The {language} values of {source!r} do not match its structure.")
    strings = {
        (s.path, s.string.data): t.string.data
        for s, t in zip(source_segments, target_segments, strict=True)
    }

    translation_source, created = TranslationSource.get_or_create_from_instance(source)
    if not created:
        translation_source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation_source.export_po()
    for entry in po:
        entry.msgstr = strings.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po)
    if isinstance(source, Page) or hasattr(source, "latest_revision"):
        # wagtail-localize publishes in transaction.on_commit with the instance it had then;
        # publishing the fresh revision here keeps tree counts right and works inside tests'
        # transactions too.
        translation.save_target(publish=False)
        translated = source.get_translation(locale)
        translated = translated.specific if isinstance(translated, Page) else translated
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
        return translated
    translation.save_target(publish=True)
    return source.get_translation(locale)


def create_page(parent, model, spec, key):
    """Create a page from a bilingual spec under ``parent`` and translate it.

    ``spec`` holds the model's fields; bilingual leaves are picked per language and
    ``stream_fields`` name the fields given as ``(block_type, value)`` lists. ``parent`` is the
    default-language parent; translations go under its translations.
    """
    stream_fields = spec.pop("stream_fields", ())
    fields = {}
    translations = {}
    for language in [settings.LANGUAGE_CODE, *other_languages()]:
        values = {}
        for name, value in spec.items():
            if name in stream_fields:
                values[name] = stored_stream(
                    model._meta.get_field(name).stream_block,
                    stream(f"{key}:{name}", value, language),
                )
            else:
                values[name] = pick(value, language)
        if language == settings.LANGUAGE_CODE:
            fields = values
        elif any(is_bilingual(v) and language in v for v in _leaves(spec)):
            translations[language] = values
    slug = fields.pop("slug")
    page, _created = get_or_create_child(parent, model, slug, **fields)
    for language, values in translations.items():
        translate(page, language, values)
    return page


def _leaves(value):
    if is_bilingual(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
