"""Embeddable widgets: a small standalone page of activities or events (``/fi/widget/``) that
any site may frame, and its configurator (``/fi/widget/configure/``). docs/widgets.md."""
