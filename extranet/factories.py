import factory
import wagtail_factories

from .models import ExtranetIndexPage, ExtranetPage


class ExtranetIndexPageFactory(wagtail_factories.PageFactory):
    title = "Members"
    slug = "members"

    class Meta:
        model = ExtranetIndexPage


class ExtranetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Member briefing {n}")
    summary = "For members only."

    class Meta:
        model = ExtranetPage
