"""Factories for the accounts tests need (the root conftest.py builds its fixtures with them)."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    """A user with the password "x"; ``groups=["Moderators"]`` adds them to those groups."""

    username = factory.Sequence(lambda n: f"kayttaja{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    password = factory.django.Password("x")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))
