"""The directory: Django apps for listings, one concern each, with one-way dependencies.

See ``docs/architecture.md`` for the graph: taxonomy ← listings ← organisations ← events ←
registrations; submissions and moderation on top.
"""
