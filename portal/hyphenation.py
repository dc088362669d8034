"""Soft hyphens in long words, so that long Finnish and Swedish compounds break at a syllable
with a hyphen instead of running over a card's edge or breaking at any letter.

Browsers hyphenate only with a dictionary for the language (``hyphens: auto``), and many have
none for Finnish; a soft hyphen (U+00AD) is shown only where the line breaks, everywhere.

Finnish hyphenation follows the syllable rules of the language (a consonant followed by a vowel
starts a syllable; vowels that are neither a long vowel nor a diphthong are split); Swedish uses
the LibreOffice patterns that Pyphen ships. Compound boundaries that the syllable rules do not
see (``mielenterveys|yhdistys``) need a dictionary: Voikko (docs/search.md) knows them.
"""

import functools
import re

import pyphen
from django.utils.translation import get_language

SOFT_HYPHEN = "\u00ad"
# Words shorter than this fit any card; leaving them alone keeps most text unchanged.
MIN_LENGTH = 16
# Never leave fewer letters than this on either side of a break.
MIN_PART = 2

VOWELS = frozenset("aeiouyäöå")
# ie, uo and yö are diphthongs in a word's first syllable (tie, suo, työ), which in compounds is
# also the first syllable of a later part (tieto|suoja, vapaaehtois|työ): kept together always.
DIPHTHONGS = frozenset(
    {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy"}
    | {"ie", "uo", "yö"}
)
WORD = re.compile(rf"[^\W\d_]{{{MIN_LENGTH},}}")


def finnish_breaks(word):
    """Indices in ``word`` where a Finnish syllable begins (hyphenation points)."""
    lower = word.lower()
    breaks = []
    syllable_start = 0
    nucleus = 0  # vowels in the current syllable's vowel sequence
    for index, letter in enumerate(lower):
        if letter not in VOWELS:
            nucleus = 0
            following = lower[index + 1] if index + 1 < len(lower) else ""
            has_vowel = any(char in VOWELS for char in lower[syllable_start:index])
            if index and following in VOWELS and has_vowel:
                breaks.append(index)
                syllable_start = index
            continue
        if nucleus:
            pair = lower[index - 1] + letter
            if nucleus >= 2 or not (pair[0] == pair[1] or pair in DIPHTHONGS):
                breaks.append(index)
                syllable_start = index
                nucleus = 1
                continue
        nucleus += 1
    return breaks


@functools.cache
def _swedish():
    return pyphen.Pyphen(lang="sv")


@functools.cache
def hyphenate_word(word, language):
    if language == "fi":
        breaks = finnish_breaks(word)
    elif language == "sv":
        breaks = _swedish().positions(word)
    else:
        return word
    breaks = [index for index in breaks if MIN_PART <= index <= len(word) - MIN_PART]
    parts, last = [], 0
    for index in breaks:
        parts.append(word[last:index])
        last = index
    parts.append(word[last:])
    return SOFT_HYPHEN.join(parts)


def hyphenate(text, language=None):
    """``text`` with soft hyphens in its long words; ``language`` defaults to the text's own
    (``text.language``, as listing texts carry it) or the active language."""
    if not text:
        return text
    language = (language or getattr(text, "language", None) or get_language() or "")[:2]
    return WORD.sub(lambda match: hyphenate_word(match.group(0), language), str(text))
