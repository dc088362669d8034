"""A listing as plain JSON data: what a representative downloads with their personal data.

Generic over the listing models: the fields a person can edit (and the listing's dates), related
objects by name, many-to-many fields as lists of names, and child objects (texts in other
languages, weekly times, dates) with their own fields.
"""

import datetime
import decimal

from django.db import models
from modelcluster.models import get_all_child_relations

EXTRA_FIELDS = ("created_at", "updated_at", "last_confirmed")


def _value(obj, field):
    if field.is_relation:
        related = getattr(obj, field.name)
        return None if related is None else str(related)
    value = field.value_from_object(obj)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or None
    return value


def _fields(obj, skip=()):
    data = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.name in skip:
            continue
        if field.editable or field.name in EXTRA_FIELDS:
            data[field.name] = _value(obj, field)
    return data


def listing_export(listing, state=None):
    """``listing`` as a dict: ``model``, ``id``, its fields, many-to-many values and children.

    ``state`` (e.g. the moderation state shown on My listings) is added when given.
    """
    data = {"model": listing._meta.model_name, "id": listing.pk}
    if state is not None:
        data["state"] = str(state)
    data.update(_fields(listing, skip=("created_by",)))
    for field in listing._meta.many_to_many:
        data[field.name] = sorted(str(item) for item in getattr(listing, field.name).all())
    for relation in get_all_child_relations(listing):
        parent_field = relation.field.name
        data[relation.get_accessor_name()] = [
            _fields(child, skip=(parent_field, "sort_order"))
            for child in getattr(listing, relation.get_accessor_name()).all()
        ]
    return data
