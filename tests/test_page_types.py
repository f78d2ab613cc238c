"""Where each page type may be created, and that each one renders for a visitor."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory, LearningSessionFactory
from initiatives.models import Facilitator, InitiativeIndexPage, InitiativePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from people.factories import PersonFactory
from policy.factories import EquityPrincipleFactory, PolicyAgendaPageFactory
from policy.models import PolicyAgendaPage
from standardpages.factories import StandardPageFactory
from standardpages.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("page_type", "allowed_parents"),
    [
        (HomePage, {Page}),
        (StandardPage, {HomePage, StandardPage}),
        (InitiativeIndexPage, {HomePage}),
        (InitiativePage, {InitiativeIndexPage}),
        (NewsIndexPage, {HomePage}),
        (NewsPage, {NewsIndexPage}),
        (PolicyAgendaPage, {HomePage}),
    ],
)
def test_page_type_lives_only_under_its_parents(page_type, allowed_parents):
    assert set(page_type.allowed_parent_page_models()) == allowed_parents


def test_leaf_pages_take_no_children():
    for leaf in (InitiativePage, NewsPage, PolicyAgendaPage):
        assert leaf.allowed_subpage_models() == []


def test_home_page_is_a_singleton(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_sections_are_singletons_per_home_page(home_page):
    for section in (InitiativeIndexPageFactory, NewsIndexPageFactory, PolicyAgendaPageFactory):
        model = section._meta.model
        assert model.can_create_at(home_page)
        section(parent=home_page)
        assert not model.can_create_at(home_page)


def test_initiative_end_date_cannot_precede_start(home_page):
    from django.core.exceptions import ValidationError

    index = InitiativeIndexPageFactory(parent=home_page)
    initiative = InitiativePageFactory(parent=index)
    initiative.end_date = initiative.start_date.replace(year=initiative.start_date.year - 1)
    with pytest.raises(ValidationError) as error:
        initiative.full_clean()
    assert "end_date" in error.value.message_dict


def test_every_page_type_renders(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About us")
    initiatives = InitiativeIndexPageFactory(parent=home_page)
    initiative = InitiativePageFactory(parent=initiatives, title="Community of practice")
    LearningSessionFactory(page=initiative, title="Opening session")
    Facilitator.objects.create(page=initiative, person=PersonFactory(name="Rosa Example"))
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, title="Budget hearing recap", tags=["budget"])
    agenda = PolicyAgendaPageFactory(parent=home_page)
    EquityPrincipleFactory(page=agenda, title="Equity at the center")

    expectations = {
        home_page: home_page.hero_heading,
        about: "About us",
        initiatives: "Community of practice",
        initiative: "Opening session",
        news: "Budget hearing recap",
        article: "Budget hearing recap",
        agenda: "Equity at the center",
    }
    for page, text in expectations.items():
        response = client.get(page.url)
        assert response.status_code == 200, page
        assert text in response.text, page
    assert "Rosa Example" in client.get(initiative.url).text


def test_initiative_index_groups_by_status(client, home_page):
    index = InitiativeIndexPageFactory(parent=home_page)
    InitiativePageFactory(parent=index, title="Running now", status="active")
    InitiativePageFactory(parent=index, title="Finished last year", status="completed")
    response = client.get(index.url)
    groups = response.context["initiative_groups"]
    titles = dict(InitiativePage.objects.values_list("pk", "title"))
    assert [(status.value, [titles[pk] for pk in pks]) for status, pks in groups] == [
        ("active", ["Running now"]),
        ("completed", ["Finished last year"]),
    ]
    html = response.text
    assert html.index('id="status-active"') < html.index("Running now") < html.index('id="status-completed"')
    assert html.index('id="status-completed"') < html.index("Finished last year")


def test_home_page_links_to_its_sections_and_a_new_section_shows_at_once(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news)
    home = client.get(home_page.url).text
    assert f'<a class="section__more" href="{news.url}">All news' in home
    news.unpublish()
    assert "All news" not in client.get(home_page.url).text


def test_home_page_shows_three_newest_public_articles(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    articles = [NewsPageFactory(parent=news) for _ in range(5)]
    private = NewsPageFactory(parent=news, title="Members-only briefing")
    private.view_restrictions.create(restriction_type="login")
    response = client.get(home_page.url)
    shown = [page.pk for page in response.context["latest_news"]]
    assert shown == [page.pk for page in reversed(articles[-3:])]
    assert "Members-only briefing" not in response.text
