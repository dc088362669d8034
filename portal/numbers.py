"""Reading numbers typed or sent by people: ASCII digits only.

``str.isdigit()`` is true for "²", "٣" and other Unicode digits; ``int()`` fails on some of them
and reads others as numbers the portal never printed, so every id or count that arrives from a
request or a stored free-text field goes through :func:`parse_id`.
"""

MAX_ID_DIGITS = 18  # fits a 64-bit database integer


def is_ascii_digits(value):
    """True when ``value`` is a non-empty string of the digits 0-9 only."""
    return isinstance(value, str) and value.isascii() and value.isdigit()


def parse_id(value, max_digits=MAX_ID_DIGITS):
    """``int(value)`` when ``value`` is 1 to ``max_digits`` ASCII digits, otherwise None."""
    value = str(value if value is not None else "").strip()
    if not is_ascii_digits(value) or len(value) > max_digits:
        return None
    return int(value)
