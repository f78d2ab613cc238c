import factory
import wagtail_factories

from .models import GroupPageKind, Joining, WorkingGroupContentPage, WorkingGroupIndexPage, WorkingGroupPage


class WorkingGroupIndexPageFactory(wagtail_factories.PageFactory):
    title = "Working groups"
    slug = "working-groups"

    class Meta:
        model = WorkingGroupIndexPage


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Working group {n}")
    purpose = "<p>Coordinate the alliance's work on one campaign.</p>"
    joining = Joining.OPEN

    class Meta:
        model = WorkingGroupPage


class WorkingGroupContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Group notes {n}")
    kind = GroupPageKind.NOTES
    summary = "For the group only."

    class Meta:
        model = WorkingGroupContentPage
