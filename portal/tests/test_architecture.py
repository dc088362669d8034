"""The shape of the code (docs/architecture.md): small modules. The app graph itself is checked
by import-linter (``lint-imports`` in .ci/run and ``make lint``)."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
APPS = ["portal", "home", "blog", "pilots", "search", "directory"]
MAX_LINES = 500


def production_modules():
    for app in APPS:
        for path in (BASE_DIR / app).rglob("*.py"):
            parts = path.relative_to(BASE_DIR).parts
            if "tests" in parts or "migrations" in parts or path.name == "demo.py":
                continue
            yield path


def test_no_production_module_is_over_500_lines():
    long = {
        str(path.relative_to(BASE_DIR)): lines
        for path in production_modules()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, f"Split these modules (over {MAX_LINES} lines): {long}"
