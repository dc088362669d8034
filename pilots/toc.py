"""The table of contents of a guide: one anchor per section, unique within the page."""

from dataclasses import dataclass

from django.utils.text import slugify


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str


# Ids the guide template uses itself; section anchors never take them.
RESERVED_ANCHORS = frozenset({"main", "toc-heading", "plain-language-heading", "guide-body"})


def build_table_of_contents(body):
    """Table of contents entries and ``(block, anchor)`` pairs for a guide's body.

    Every section gets an anchor slugified from its heading, made unique with a number when
    headings repeat; other blocks get ``None``.
    """
    used = set(RESERVED_ANCHORS)
    entries = []
    items = []
    for block in body:
        anchor = None
        if block.block_type == "section":
            base = slugify(block.value["heading"]) or "section"
            anchor, number = base, 2
            while anchor in used:
                anchor, number = f"{base}-{number}", number + 1
            used.add(anchor)
            entries.append(TocEntry(anchor=anchor, title=block.value["heading"]))
        items.append((block, anchor))
    return entries, items
