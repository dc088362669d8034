"""The OpenAPI document is valid, and every open data endpoint answers as it says (schemathesis
over the demo content, through a live server)."""

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

OPEN_DATA_LISTS = {
    "/api/v1/organisations/",
    "/api/v1/activities/",
    "/api/v1/events/",
    "/api/v1/occurrences/",
    "/api/v1/centres/",
    "/api/v1/themes/",
    "/api/v1/target-groups/",
    "/api/v1/counties/",
    "/api/v1/municipalities/",
    "/api/v1/kinds/",
    "/api/v1/languages/",
    "/api/v1/tombstones/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fi"])
def test_the_document_is_valid_openapi_3(client, language):
    response = client.get(f"/api/v1/openapi.json?lang={language}")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) >= OPEN_DATA_LISTS
    assert all(path.startswith("/api/") for path in document["paths"])  # not Wagtail's admin API
    yaml = client.get("/api/v1/openapi.yaml")
    assert yaml.status_code == 200 and b"openapi: 3" in yaml.content


@pytest.mark.django_db
def test_the_document_and_its_page_speak_finnish_and_english(client):
    finnish = client.get("/api/v1/openapi.json?lang=fi").json()
    english = client.get("/api/v1/openapi.json").json()
    activities = "/api/v1/activities/"
    assert english["paths"][activities]["get"]["summary"] == "Activities"
    assert finnish["paths"][activities]["get"]["summary"] == "Toiminta"
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    text = page.content.decode()
    assert '<html lang="fi">' in text and "Avoimen datan rajapinta" in text
    assert "/api/v1/activities/" in text and "Toiminta" in text
    assert "http" not in text.split("<body", 1)[0].replace("http://testserver", "")  # no CDN
    english_page = client.get("/api/v1/docs/?lang=en").content.decode()
    assert '<html lang="en">' in english_page and "Open data API" in english_page


def _first_id(base_url, path, paths):
    """A real id for a detail route: the first row of its list (``/x/`` or, in HSDS, ``/x``)."""
    prefix = path.split("{", 1)[0]
    list_path = prefix if prefix in paths else prefix.rstrip("/")
    body = requests.get(base_url + list_path, timeout=30).json()
    rows = body.get("results") or body.get("data") or body.get("contents") or []
    return rows[0]["id"] if rows else None


# Derandomised: the same generated cases in every run, so CI is reproducible (a failure found
# here once stays found until fixed, e.g. a -19:13 offset that PostgreSQL refused).
SETTINGS = settings(
    max_examples=4,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def test_every_endpoint_answers_as_the_document_says(demo_server):
    schema = schemathesis.openapi.from_url(f"{demo_server.url}/api/v1/openapi.json")
    checked = set()
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() != "GET":
            continue
        path_parameters = {}
        if "{" in operation.path:
            row_id = _first_id(demo_server.url, operation.path, schema.raw_schema["paths"])
            assert row_id is not None, f"The demo has nothing for {operation.path}"
            path_parameters = {parameter.name: row_id for parameter in operation.path_parameters}
        # The documented answer for real data ...
        case = operation.Case(path_parameters=path_parameters)
        response = case.call(base_url=demo_server.url)
        assert response.status_code == 200, (operation.path, response.text[:300])
        case.validate_response(
            response,
            checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
        )
        checked.add(operation.path)

        # ... and, for generated parameters, an answer that is documented or a clear refusal.
        @SETTINGS
        @given(case=operation.as_strategy())
        def generated(case):
            response = case.call(base_url=demo_server.url)
            assert response.status_code in (200, 400, 404), (case.path, case.query)
            content_type = response.headers.get("content-type", [""])[0]
            assert content_type.startswith("application/json"), (case.path, case.query)
            if response.status_code == 200:
                case.validate_response(
                    response, checks=[not_a_server_error, response_schema_conformance]
                )

        generated()
    assert checked >= OPEN_DATA_LISTS
