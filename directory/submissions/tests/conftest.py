import pytest

from directory.organisations.factories import OrganisationFactory
from directory.organisations.models import Representation

from .support import PASSWORD


@pytest.fixture
def representative(django_user_model):
    """A user who represents one organisation, "Edustettu yhdistys ry"."""
    user = django_user_model.objects.create_user(
        username="edustaja", email="edustaja@example.fi", password=PASSWORD
    )
    organisation = OrganisationFactory(name="Edustettu yhdistys ry")
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    return user
