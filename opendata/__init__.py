"""Open data: the read API (``/api/v1/``), HSDS 3.0 (``/api/hsds/``) and Linked Events-compatible
events (``/api/linkedevents/v1/``), their OpenAPI documents and documentation page.

Every endpoint reads listings through each model's one rule for "public" (docs/architecture.md)
and shares the HTTP frame of :mod:`opendata.http`: JSON only, anonymous, GET, caching headers
with conditional GET, CORS for every origin, a per-client rate limit. docs/api.md is the guide.
"""
