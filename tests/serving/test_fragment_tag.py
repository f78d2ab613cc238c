"""`{% fragment %}`: pieces of a page kept for every reader, yet changed at once by a publish, and
never the parts that depend on the reader."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from news.factories import NewsIndexPageFactory, NewsPageFactory
from people.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsPageFactory(parent=index, title="Hearing on Tuesday", tags=["budget"])


def test_a_fragment_is_rendered_once_and_kept(rf):
    template = Template('{% load fragment_tags %}{% fragment "test-piece" key %}{{ value }}{% endfragment %}')
    request = rf.get("/")
    assert template.render(Context({"request": request, "key": 1, "value": "first"})) == "first"
    assert template.render(Context({"request": request, "key": 1, "value": "second"})) == "first"
    assert template.render(Context({"request": request, "key": 2, "value": "second"})) == "second"


def test_a_fragment_needs_a_name():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load fragment_tags %}{% fragment %}x{% endfragment %}")


def test_an_articles_kept_pieces_change_with_a_publish(client, article):
    assert 'href="/en/news/tag/budget/"' in client.get(article.url).text
    author = PersonFactory(name="Rosa Maldonado")
    article.authors.add(author)
    article.tags.add("literacy")
    article.save_revision().publish()
    html = client.get(article.url).text
    assert 'href="/en/news/tag/literacy/"' in html  # the aside
    assert 'class="byline__name">Rosa Maldonado<' in html  # the byline
    assert '"author": [{"@type": "Person", "name": "Rosa Maldonado"' in html  # the JSON-LD


def test_the_body_is_not_kept_so_a_members_link_in_it_stays_the_readers(article, extranet, roles):
    from django.test import Client
    from wagtail.rich_text import RichText

    members_page = extranet["page"]
    link = f'<p>See <a linktype="page" id="{members_page.pk}">the notes</a>.</p>'
    article.body = [("paragraph", RichText(link))]
    article.save_revision().publish()
    visitor, member = Client(), Client()
    member.force_login(roles["member"])
    for _ in range(2):  # the second time with the article's pieces kept
        assert f'href="{members_page.url}"' not in visitor.get(article.url).text
        assert f'href="{members_page.url}"' in member.get(article.url).text


def test_an_initiatives_kept_facilitators_and_sessions_follow_edits(client, home_page):
    from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory
    from initiatives.models import Facilitator, LearningSession

    initiative = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home_page))
    person = PersonFactory(name="Ana Ruiz")
    initiative.facilitators.add(Facilitator(person=person))
    initiative.sessions.add(LearningSession(title="Reading the budget"))
    initiative.save_revision().publish()
    html = client.get(initiative.url).text
    assert "Ana Ruiz" in html and "Reading the budget" in html

    person.name = "Ana Ruiz Soto"
    person.save()  # a snippet, not the page: its own change replaces the generation
    assert "Ana Ruiz Soto" in client.get(initiative.url).text
    initiative.sessions.add(LearningSession(title="Testimony workshop"))
    initiative.save_revision().publish()
    assert "Testimony workshop" in client.get(initiative.url).text


def test_a_restricted_page_keeps_nothing_in_the_shared_cache(client, article, monkeypatch):
    from django.contrib.auth import get_user_model

    from serving import fragments

    article.view_restrictions.create(restriction_type="login")
    client.force_login(get_user_model().objects.create_user("reader"))
    written = []
    original = fragments._write

    def write(values, *args):
        written.extend(values)
        return original(values, *args)

    monkeypatch.setattr(fragments, "_write", write)
    html = client.get(article.url).text
    assert 'href="/en/news/tag/budget/"' in html  # the pieces are there, rendered for this view
    pieces = (
        "html:article-aside",
        "html:article-image",
        "html:byline",
        "html:related-initiatives",
        "json_ld",
        "alternates",
        "share_image",
    )
    assert [key for key in written if any(f":{piece}:" in key for piece in pieces)] == []
