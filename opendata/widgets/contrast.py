"""WCAG 2 contrast ratio of two sRGB colours (``#rrggbb``)."""

import re

AA_NORMAL_TEXT = 4.5
HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6})$")


def parse(colour):
    """``"#1a2b3c"`` (or without ``#``) as ``"#1a2b3c"``, or ``None`` when it is not one."""
    match = HEX_COLOUR.match((colour or "").strip())
    return f"#{match.group(1).lower()}" if match else None


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour):
    hex_digits = parse(colour)[1:]
    red, green, blue = (_channel(int(hex_digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(first, second):
    """The contrast ratio, 1–21 (WCAG 2.x, "contrast ratio")."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def meets_aa(foreground, background):
    return ratio(foreground, background) >= AA_NORMAL_TEXT
