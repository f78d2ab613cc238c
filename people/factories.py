import factory
from factory.django import DjangoModelFactory

from .models import Person


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Facilitator"
    organization = "Example Organization"
    bio = "Works with families and educators."

    class Meta:
        model = Person
