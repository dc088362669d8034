"""Serializer fields the open data endpoints share, with their OpenAPI schemas."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .texts import listing_text_map

LANGUAGE_MAP_SCHEMA = {
    "type": "object",
    "description": 'The text in each portal language that has it: {"fi": …, "sv": …}.',
    "additionalProperties": {"type": "string"},
    "example": {"fi": "Vertaistukiryhmä", "sv": "Kamratstödgrupp"},
}


@extend_schema_field(LANGUAGE_MAP_SCHEMA)
class ListingTextField(serializers.Field):
    """A listing's translated field as a language map (prefetch ``translations``)."""

    def __init__(self, field_name=None, **kwargs):
        self.field_name_in_model = field_name
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, listing):
        return listing_text_map(listing, self.field_name_in_model or self.field_name)


def language_map(method):
    """Mark a ``get_<field>`` serializer method as returning a language map (for OpenAPI)."""
    return extend_schema_field(LANGUAGE_MAP_SCHEMA)(method)
