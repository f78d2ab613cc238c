"""A large site made fast, for the query-budget tests and the benchmark: thousands of news articles,
tags and initiatives written with bulk inserts instead of one Wagtail `add_child` and `publish` each
(10,000 of those take many minutes; this takes seconds).

What is skipped, knowingly: revisions (the pages are live, with no draft history), the search index
(`index_for_search` indexes a few articles through the search backend, enough for a results page) and
page signals (the page cache is emptied by the caller if it is on).
"""

import datetime
import uuid
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db.models import F
from django.utils import timezone
from PIL import Image as PILImage
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from core.models import SiteSettings
from home.models import HomePage
from initiatives.models import InitiativeIndexPage, InitiativePage, InitiativeStatus
from news.models import NewsIndexPage, NewsPage, NewsTag
from people.models import Person
from policy.models import PolicyAgendaPage
from publications.models import PublicationIndexPage, PublicationPage
from standardpages.models import StandardPage

BATCH = 500
COLOURS = ["#1d3557", "#2a9d8f", "#e76f51", "#81b29a", "#f4a261"]


def _small_jpeg(colour):
    buffer = BytesIO()
    PILImage.new("RGB", (320, 180), colour).save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def make_images(count=5):
    collection = Collection.get_first_root_node()
    images = []
    for n in range(count):
        image = get_image_model()(title=f"Bulk picture {n}", collection=collection)
        image.file = ImageFile(BytesIO(_small_jpeg(COLOURS[n % len(COLOURS)])), name=f"bulk-{n}.jpg")
        image._set_image_file_metadata()
        image.save()
        images.append(image)
    return images


def bulk_add_children(parent, model, objects):
    """Insert `objects` (unsaved instances of the page type `model`) as the last children of `parent`.

    The tree fields are worked out here as treebeard would (materialised path: the parent's path plus
    one step per child), then the `wagtailcore_page` rows are bulk-created and the page type's own
    rows (multi-table inheritance, which `bulk_create` refuses) inserted with the same low-level call
    that `bulk_create` itself uses. The parent's `numchild` is updated once at the end."""
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    base_rows = []
    for step, page in enumerate(objects, start=parent.numchild + 1):
        base_rows.append(
            Page(
                title=page.title,
                draft_title=page.title,
                slug=page.slug,
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{page.slug}/",
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
                depth=parent.depth + 1,
                path=Page._get_path(parent.path, parent.depth + 1, step),
                numchild=0,
            )
        )
    for start in range(0, len(base_rows), BATCH):
        Page.objects.bulk_create(base_rows[start : start + BATCH])
    own_fields = list(model._meta.local_concrete_fields)
    for page, row in zip(objects, base_rows, strict=True):
        page.page_ptr_id = page.pk = row.pk
    for start in range(0, len(objects), BATCH):
        model._base_manager._insert(objects[start : start + BATCH], fields=own_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(objects))
    return objects


def build_large_site(articles=10_000, tags=100, initiatives=50, people=20):
    """A home page (the default site's root) with an initiatives index and a news index below it, and
    the given numbers of initiatives, articles, tags (two per article) and authors (one per article).
    Returns the structural pages and a few ids for tests and the benchmark."""
    locale = Locale.get_default()
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(
            title="Home", slug=f"bulk-home-{uuid.uuid4().hex[:6]}", locale=locale, hero_heading="Together"
        )
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    SiteSettings.for_site(site)
    images = make_images()

    initiative_index = home.add_child(instance=InitiativeIndexPage(title="Initiatives", slug="initiatives"))
    start = datetime.date(2026, 1, 1)
    initiative_pages = bulk_add_children(
        initiative_index,
        InitiativePage,
        [
            InitiativePage(
                title=f"Initiative {n}",
                slug=f"initiative-{n}",
                status=list(InitiativeStatus)[n % 3],
                start_date=start + datetime.timedelta(days=n),
                summary="A community of practice for state advocates.",
                listing_image_id=images[n % len(images)].pk,
                goals=[],
                quotes=[],
                body=[],
            )
            for n in range(initiatives)
        ],
    )

    news_index = home.add_child(instance=NewsIndexPage(title="News", slug="news", show_in_menus=True))
    paragraph = RichText("<p>What happened, who was there, and what the alliance will do next.</p>")
    articles_pages = bulk_add_children(
        news_index,
        NewsPage,
        [
            NewsPage(
                title=f"News article {n}",
                slug=f"news-article-{n}",
                date=start + datetime.timedelta(days=n % 3000),
                summary="What happened and why it matters.",
                listing_image_id=images[n % len(images)].pk,
                body=[("paragraph", paragraph)],
            )
            for n in range(articles)
        ],
    )

    tag_rows = Tag.objects.bulk_create([Tag(name=f"Topic {n}", slug=f"topic-{n}") for n in range(tags)])
    tagged = [
        NewsTag(content_object_id=page.pk, tag_id=tag_rows[(i + offset) % tags].pk)
        for i, page in enumerate(articles_pages)
        for offset in (0, 1)
    ]
    NewsTag.objects.bulk_create(tagged, batch_size=BATCH)

    authors = Person.objects.bulk_create(
        [Person(name=f"Author {n}", locale=locale, translation_key=uuid.uuid4()) for n in range(people)]
    )
    through = NewsPage.authors.through
    through.objects.bulk_create(
        [
            through(newspage_id=page.pk, person_id=authors[i % people].pk)
            for i, page in enumerate(articles_pages)
        ],
        batch_size=BATCH,
    )
    related = NewsPage.related_initiatives.through
    related.objects.bulk_create(
        [
            related(newspage_id=page.pk, initiativepage_id=initiative_pages[i % initiatives].pk)
            for i, page in enumerate(articles_pages)
        ],
        batch_size=BATCH,
    )
    about = home.add_child(instance=StandardPage(title="About", slug="about", show_in_menus=True))
    agenda = home.add_child(
        instance=PolicyAgendaPage(
            title="Policy agenda", slug="agenda", introduction="<p>What we stand for.</p>"
        )
    )
    agenda.related_news.set(articles_pages[:3])
    agenda.related_initiatives.set(initiative_pages[:3])
    agenda.save()
    publications = home.add_child(instance=PublicationIndexPage(title="Publications", slug="publications"))
    report = publications.add_child(
        instance=PublicationPage(title="State of the schools", slug="report", summary="What we found.")
    )
    return {
        "home": home,
        "about": about,
        "agenda": agenda,
        "publications": publications,
        "publication": report,
        "news_index": news_index,
        "initiative_index": initiative_index,
        "article": NewsPage.objects.get(pk=articles_pages[-1].pk),
        "initiative": InitiativePage.objects.get(pk=initiative_pages[0].pk),
        "tag": tag_rows[0],
    }


def index_for_search(count=30):
    """Index the newest `count` articles, so a search has a full page of results."""
    backend = get_search_backend()
    backend.add_bulk(NewsPage, list(NewsPage.objects.order_by("-pk")[:count]))


def build_events(home, count, slug="events"):
    """A public events index below `home` with `count` events, each with one date (every other one a
    month past), written in bulk like the articles. Returns the index and its first (upcoming) event."""
    from events.factories import EventIndexPageFactory
    from events.models import EventKind, EventPage, Occurrence

    index = EventIndexPageFactory(parent=home, slug=slug)
    index.save_revision().publish()
    start = timezone.now() + datetime.timedelta(days=1)
    pages = bulk_add_children(
        index,
        EventPage,
        [
            EventPage(
                title=f"Event {n}",
                slug=f"event-{n}",
                kind=EventKind.WEBINAR if n % 2 else EventKind.CONVENING,
                region="North" if n % 3 else "South",
                summary="Workshops on school funding.",
                starts_at=start + datetime.timedelta(hours=n),
                venue="Community hall",
            )
            for n in range(count)
        ],
    )
    dates = []
    for n, page in enumerate(pages):
        starts_at = page.starts_at - datetime.timedelta(days=n % 2 * 30)
        dates.append(Occurrence(event_id=page.pk, day=timezone.localdate(starts_at), starts_at=starts_at))
    Occurrence.objects.bulk_create(dates, batch_size=BATCH)
    return {"index": index, "event": EventPage.objects.get(pk=pages[0].pk)}
