"""Keep index entries current when the rows they include change.

Wagtail indexes an object when it is saved, reading it back from the database. A listing's
``translations`` (and other child rows of ``RelatedFields``) are written *after* the listing
itself when a revision is published or a workflow approved, and an activity's index entry holds
its organisation's name. So: when such a related row is saved or deleted, the objects whose
entries include it are indexed again, at once.
"""

from functools import partial

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.index import RelatedFields, get_indexed_models


def _owner(instance, field_name):
    """The object a child row (e.g. a translation) belongs to."""
    try:
        owner = getattr(instance, field_name)
    except ObjectDoesNotExist:
        return []
    return [owner] if owner is not None else []


def _referrers(instance, model, field_name):
    """The objects that name ``instance`` in a foreign key (e.g. an organisation's activities)."""
    if instance.pk is None:
        return []
    return model._default_manager.filter(**{field_name: instance.pk}).iterator()


def dependants():
    """``{related model: [function(row) -> objects to index again]}`` for every indexed model."""
    found = {}
    for model in get_indexed_models():
        if not getattr(model, "search_auto_update", True):
            continue
        for search_field in model.search_fields:
            if not isinstance(search_field, RelatedFields):
                continue
            try:
                field = search_field.get_field(model)
            except FieldDoesNotExist:
                continue
            if field.one_to_many:
                finder = partial(_owner, field_name=field.field.name)
            elif field.many_to_one:
                finder = partial(_referrers, model=model, field_name=field.name)
            else:
                continue
            found.setdefault(field.related_model, []).append(finder)
    return found


def _index_again(finders, sender, instance, raw=False, **kwargs):
    if raw:
        return
    for finder in finders:
        for obj in finder(instance):
            index.insert_or_update_object(obj)


def register_signal_handlers():
    for related_model, finders in dependants().items():
        handler = partial(_index_again, finders)
        uid = f"search-related-{related_model._meta.label_lower}"
        post_save.connect(handler, sender=related_model, weak=False, dispatch_uid=uid)
        post_delete.connect(handler, sender=related_model, weak=False, dispatch_uid=uid)
