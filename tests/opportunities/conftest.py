"""An opportunities section in the extranet (English and Spanish): one open opportunity, one closed."""

import datetime

import pytest
from django.utils import timezone

from opportunities.factories import SpeakerOpportunityIndexPageFactory, SpeakerOpportunityPageFactory
from opportunities.models import SpeakerOpportunityPage
from tests.conftest import translate
from tests.extranet.conftest import extranet, roles  # noqa: F401  (fixtures)
from tests.members.conftest import fresh_cache, mail_server_down, run_mail_queue  # noqa: F401


def close(page):
    """Let the deadline pass (a new page may not be created with a past deadline)."""
    past = timezone.now() - datetime.timedelta(hours=1)
    SpeakerOpportunityPage.objects.filter(translation_key=page.translation_key).update(response_deadline=past)
    page.refresh_from_db()
    return page


@pytest.fixture
def opportunities(extranet, locales):  # noqa: F811  (the imported fixture)
    return make_opportunities(extranet, locales)


def make_opportunities(extranet, locales):  # noqa: F811  (the name of the imported fixture)
    index = SpeakerOpportunityIndexPageFactory(parent=extranet["index"])
    index.save_revision().publish()
    open_page = SpeakerOpportunityPageFactory(parent=index, title="Morning radio interview", slug="radio")
    open_page.save_revision().publish()
    closed_page = SpeakerOpportunityPageFactory(parent=index, title="Op-ed for the Courier", slug="op-ed")
    closed_page.save_revision().publish()
    close(closed_page)
    spanish_index = translate(index, locales["es"], title="Oportunidades", slug="oportunidades")
    spanish_open = translate(open_page, locales["es"], title="Entrevista de radio", slug="radio")
    return {
        "index": index,
        "open": open_page,
        "closed": closed_page,
        "spanish_index": spanish_index,
        "spanish_open": spanish_open,
    }
