"""Integer lookups that never send a number the database cannot hold.

Django answers ``pk=2**63`` with an empty result (``IntegerFieldOverflow`` on ``exact``, ``gt`` …)
but sends ``pk__in=[2**63]`` to the database as it is: SQLite raises OverflowError and PostgreSQL
"bigint out of range", a server error for any form with a model choice (``ModelMultipleChoiceField``
checks its values with ``__in``), filter or admin screen given such an id. ``in`` on integer
columns and on foreign keys to them leaves out the values outside the column's range, which no
row can have; with none left the result is empty, as for ``exact``. ``exact`` on foreign keys
(a page's ``page_ptr``, the primary key of every page type) has the same gap and the same fix.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def _integer_range(field, connection):
    target = getattr(field, "target_field", None) if field.is_relation else field
    if target is None:
        return None, None
    try:
        return connection.ops.integer_field_range(target.get_internal_type())
    except KeyError:  # not an integer column (a foreign key to a text key)
        return None, None


def _outside(value, low, high):
    return isinstance(value, int) and (
        (low is not None and value < low) or (high is not None and value > high)
    )


class WithinRangeMixin:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = _integer_range(self.lhs.output_field, connection)
            if low is not None or high is not None:
                self.rhs = [value for value in self.rhs if not _outside(value, low, high)]
        return super().process_rhs(compiler, connection)


class IntegerFieldIn(WithinRangeMixin, In):
    pass


class RelatedIntegerIn(WithinRangeMixin, RelatedIn):
    pass


class RelatedIntegerExact(RelatedExact):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and _outside(
            self.rhs, *_integer_range(self.lhs.output_field, connection)
        ):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


def register():
    IntegerField.register_lookup(IntegerFieldIn)
    ForeignObject.register_lookup(RelatedIntegerIn)
    ForeignObject.register_lookup(RelatedIntegerExact)
