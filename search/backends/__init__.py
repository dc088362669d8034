"""Search backends: Wagtail's, adapted to content in Finnish and Swedish (docs/search.md)."""
