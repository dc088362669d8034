"""The OpenAPI document and the documentation page, both served by the portal itself.

``/api/v1/openapi.json`` (and ``.yaml``) is drf-spectacular's document of every open data
endpoint; ``?lang=fi`` gives its descriptions in Finnish. ``/api/v1/docs/`` renders the same
document as an accessible HTML page in Finnish (default) or English (``?lang=en``), with no
script and nothing from other sites.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_page
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularYAMLAPIView

from portal.addresses import absolute

DOC_LANGUAGES = {"fi": "Suomeksi", "en": "In English"}
DOCUMENT_LANGUAGES = ("en", "fi", "sv")


class DocumentLanguageMixin:
    """The OpenAPI document in English, or with ``?lang=fi`` / ``?lang=sv`` translated."""

    def get(self, request, *args, **kwargs):
        language = request.GET.get("lang", "en")
        with translation.override(language if language in DOCUMENT_LANGUAGES else "en"):
            return self._get_schema_response(request)


@extend_schema_view(get=extend_schema(exclude=True))
class OpenApiJsonView(DocumentLanguageMixin, SpectacularJSONAPIView):
    pass


@extend_schema_view(get=extend_schema(exclude=True))
class OpenApiYamlView(DocumentLanguageMixin, SpectacularYAMLAPIView):
    pass


HTTP_METHODS = ("get", "head", "options")


def openapi_document(language):
    """The OpenAPI document with its texts in ``language``."""
    with translation.override(language):
        return SchemaGenerator(patterns=None).get_schema(request=None, public=True)


def _schema_name(schema):
    ref = (schema or {}).get("$ref", "")
    if not ref and (schema or {}).get("type") == "array":
        ref = schema.get("items", {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1]


def _type_text(schema):
    schema = schema or {}
    if "$ref" in schema:
        return _schema_name(schema)
    if "allOf" in schema:
        return " & ".join(_type_text(part) for part in schema["allOf"])
    kind = schema.get("type", "object")
    if kind == "array":
        return f"[{_type_text(schema.get('items'))}]"
    if kind == "object" and "additionalProperties" in schema:
        return "{language: " + _type_text(schema["additionalProperties"]) + "}"
    text = schema.get("format") and f"{kind} ({schema['format']})" or kind
    return text + (" | null" if schema.get("nullable") else "")


def operations(document):
    """The document's operations grouped by tag, each with parameters and the answer's type."""
    groups = {}
    for path, methods in document.get("paths", {}).items():
        for method, operation in methods.items():
            if method not in HTTP_METHODS:
                continue
            response = operation.get("responses", {}).get("200", {})
            content = response.get("content", {}).get("application/json", {})
            groups.setdefault((operation.get("tags") or ["api"])[0], []).append(
                {
                    "id": operation.get("operationId", ""),
                    "method": method.upper(),
                    "path": path,
                    "url": absolute(path),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": parameter["in"],
                            "type": _type_text(parameter.get("schema")),
                            "required": parameter.get("required", False),
                            "description": parameter.get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "answer": _type_text(content.get("schema")),
                }
            )
    return sorted(groups.items())


def schemas(document):
    """Each component schema with its fields (name, type, description)."""
    result = []
    for name, schema in sorted(document.get("components", {}).get("schemas", {}).items()):
        required = set(schema.get("required", []))
        fields = [
            {
                "name": field,
                "type": _type_text(spec),
                "required": field in required,
                "description": spec.get("description", ""),
            }
            for field, spec in schema.get("properties", {}).items()
        ]
        result.append(
            {"name": name, "description": schema.get("description", ""), "fields": fields}
        )
    return result


@cache_page(600)
def docs_page(request):
    language = request.GET.get("lang", "fi")
    if language not in DOC_LANGUAGES:
        language = "fi"
    document = openapi_document(language)
    with translation.override(language):
        return render(
            request,
            "opendata/docs.html",
            {
                "document": document,
                "operations": operations(document),
                "schemas": schemas(document),
                "doc_language": language,
                "other_languages": [
                    (code, name) for code, name in DOC_LANGUAGES.items() if code != language
                ],
                "base": absolute("/api/v1/"),
                "openapi_url": absolute("/api/v1/openapi.json"),
                "rate_limit": settings.OPENDATA_RATE_LIMIT,
                "max_age": settings.OPENDATA_MAX_AGE,
            },
        )
