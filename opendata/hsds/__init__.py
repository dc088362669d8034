"""HSDS 3.0 (Open Referral) endpoints at ``/api/hsds/``: see ``docs/api-hsds.md``."""
