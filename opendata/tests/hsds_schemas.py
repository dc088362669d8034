"""Validation against the official HSDS 3.0 schemas vendored in ``opendata/hsds/schemas``.

As the specification's ``validate_examples_json_schema.sh`` does, every object in a schema gets
``additionalProperties: false`` (a misspelt field fails). Modular schemas (``location.json``)
``$ref`` sibling files: a ``referencing`` registry serves those from the same directory.
Formats are checked where ``jsonschema`` can (``uuid`` always).
"""

import copy
import functools
import gzip
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import opendata.hsds

SCHEMAS = Path(opendata.hsds.__file__).parent / "schemas"
BASE = "https://hsds.schemas.invalid/schema/"


def load_json(name):
    """``name`` is a path under ``schemas`` without ``.json`` (``compiled/service``)."""
    path = SCHEMAS / f"{name}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    with gzip.open(SCHEMAS / f"{name}.json.gz", "rt", encoding="utf-8") as file:
        return json.load(file)


def strict(schema):
    schema = copy.deepcopy(schema)

    def close(node):
        if isinstance(node, dict):
            if "properties" in node and "additionalProperties" not in node:
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(schema)
    return schema


@functools.cache
def registry():
    resources = [
        (BASE + path.name, Resource.from_contents(strict(load_json(path.stem)), DRAFT202012))
        for path in SCHEMAS.glob("*.json")
        if path.name != "openapi.json"
    ]
    return Registry().with_resources(resources)


@functools.cache
def validator(name):
    schema = strict(load_json(name)) | {"$id": f"{BASE}{name}.json"}
    return Draft202012Validator(
        schema, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def errors(name, instance):
    return [
        f"{'/'.join(str(part) for part in error.absolute_path)}: {error.message}"
        for error in validator(name).iter_errors(instance)
    ]


def assert_valid(name, instance):
    found = errors(name, instance)
    assert not found, f"Not valid {name}:\n" + "\n".join(found[:20])


@functools.cache
def page_validator():
    page = load_json("openapi")["components"]["schemas"]["Page"]
    page = strict(page)
    page["properties"]["contents"] = {"type": "array"}
    page["required"] = [*page["properties"]]
    return Draft202012Validator(page)


def assert_valid_page(name, answer):
    """A page answer: the ``Page`` shape of ``openapi.json``, each item valid ``name``."""
    found = [error.message for error in page_validator().iter_errors(answer)]
    assert not found, "Not a valid page:\n" + "\n".join(found)
    for item in answer["contents"]:
        assert_valid(name, item)


# Which official example matches which schema (``validate_examples_json_schema.sh``).
EXAMPLES = {
    "location": "location",
    "organization_full": "compiled/organization",
    "service_at_location_full": "compiled/service_at_location",
    "service_full": "compiled/service",
    "taxonomy": "taxonomy",
    "taxonomy_term": "taxonomy_term",
}
