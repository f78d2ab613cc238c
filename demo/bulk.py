"""A large site made fast, for the query-budget tests and the benchmark: thousands of news articles,
tags and initiatives written with bulk inserts instead of one Wagtail `add_child` and `publish` each
(10,000 of those take many minutes; this takes seconds), and allies and members the same way.

What is skipped, knowingly: revisions (the pages are live, with no draft history), the search index
(`index_for_search` indexes a few articles through the search backend, enough for a results page;
`index_pages_for_search` every page, in batches) and signals (page signals: the page cache is emptied
by the caller if it is on; the members' signals: `build_members` puts them in the Members group
itself).
"""

import datetime
import uuid
from io import BytesIO

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
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
from wagtail.search.index import class_is_indexed

from core.models import SiteSettings
from home.models import HomePage
from initiatives.models import InitiativeIndexPage, InitiativePage, InitiativeStatus
from members.groups import MEMBERS
from members.models import FocusArea, MemberProfile, Organization, OrganizationFocusArea, OrganizationProfile
from news.models import NewsIndexPage, NewsPage, NewsTag
from people.models import Person
from policy.models import PolicyAgendaPage
from publications.models import PublicationIndexPage, PublicationPage
from standardpages.models import StandardPage

BATCH = 500
# Articles built and written at a time: a site of 100,000 is built in the memory of 10,000.
ARTICLE_CHUNK = 10_000
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


def add_articles(news_index, numbers, *, images, tags, authors, initiatives):
    """The articles numbered `numbers` below `news_index`: each with two of `tags`, one of `authors`
    and one of `initiatives` as its related initiative, chosen by its number. Returns the pages."""
    start = datetime.date(2026, 1, 1)
    paragraph = RichText("<p>What happened, who was there, and what the alliance will do next.</p>")
    pages = bulk_add_children(
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
            for n in numbers
        ],
    )
    numbered = list(zip(numbers, pages, strict=True))
    NewsTag.objects.bulk_create(
        [
            NewsTag(content_object_id=page.pk, tag_id=tags[(n + offset) % len(tags)].pk)
            for n, page in numbered
            for offset in (0, 1)
        ],
        batch_size=BATCH,
    )
    through = NewsPage.authors.through
    through.objects.bulk_create(
        [through(newspage_id=page.pk, person_id=authors[n % len(authors)].pk) for n, page in numbered],
        batch_size=BATCH,
    )
    related = NewsPage.related_initiatives.through
    related.objects.bulk_create(
        [
            related(newspage_id=page.pk, initiativepage_id=initiatives[n % len(initiatives)].pk)
            for n, page in numbered
        ],
        batch_size=BATCH,
    )
    return pages


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
    tag_rows = Tag.objects.bulk_create([Tag(name=f"Topic {n}", slug=f"topic-{n}") for n in range(tags)])
    authors = Person.objects.bulk_create(
        [Person(name=f"Author {n}", locale=locale, translation_key=uuid.uuid4()) for n in range(people)]
    )
    first_articles, last_chunk = [], []  # the agenda's related news; the newest article is the last
    for first in range(0, articles, ARTICLE_CHUNK):
        last_chunk = add_articles(
            news_index,
            range(first, min(first + ARTICLE_CHUNK, articles)),
            images=images,
            tags=tag_rows,
            authors=authors,
            initiatives=initiative_pages,
        )
        first_articles = first_articles or last_chunk[:3]
    about = home.add_child(instance=StandardPage(title="About", slug="about", show_in_menus=True))
    agenda = home.add_child(
        instance=PolicyAgendaPage(
            title="Policy agenda", slug="agenda", introduction="<p>What we stand for.</p>"
        )
    )
    agenda.related_news.set(first_articles)
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
        "article": NewsPage.objects.get(pk=last_chunk[-1].pk),
        "initiative": InitiativePage.objects.get(pk=initiative_pages[0].pk),
        "tag": tag_rows[0],
        "images": images,
    }


def index_for_search(count=30):
    """Index the newest `count` articles, so a search has a full page of results."""
    backend = get_search_backend()
    backend.add_bulk(NewsPage, list(NewsPage.objects.order_by("-pk")[:count]))


def index_pages_for_search(batch=1_000):
    """Index every page, of every type, through the search backend, `batch` pages to one INSERT: what
    `rebuild_modelsearch_index` does, less its costs per page. Each page's locale is joined (the
    backend picks a page's text search configuration by its language, one query per page otherwise)
    and the related fields a type indexes (an article's tags) are prefetched per batch, by the type's
    own `get_indexed_objects`. Returns how many pages were indexed."""
    backend = get_search_backend()
    types = ContentType.objects.filter(pk__in=Page.objects.values("content_type_id").distinct())
    indexed = 0
    for content_type in types:
        model = content_type.model_class()
        if model is None or not class_is_indexed(model):
            continue
        pages = model.get_indexed_objects().select_related("locale").order_by("pk")
        last_pk = 0
        # Keyset paging: each batch starts after the last one's highest id, so no batch pays an OFFSET.
        while chunk := list(pages.filter(pk__gt=last_pk)[:batch]):
            backend.add_bulk(model, chunk)
            indexed += len(chunk)
            last_pk = chunk[-1].pk
    return indexed


REGIONS = ["North", "South", "East", "West", "Central"]


def build_allies(count, images=(), focus_areas=8):
    """`count` allies: active organizations on the public allies list, each with a public profile in
    the default language, two of `focus_areas` focus areas and (when `images` are given) a logo."""
    locale = Locale.get_default()
    areas = FocusArea.objects.bulk_create(
        [FocusArea(name=f"Focus area {n}", slug=f"focus-area-{n}") for n in range(focus_areas)]
    )
    organizations = Organization.objects.bulk_create(
        [
            Organization(
                name=f"Ally {n}",
                website=f"https://ally-{n}.example.org",
                region=REGIONS[n % len(REGIONS)],
                listed_publicly=True,
                logo_id=images[n % len(images)].pk if images else None,
            )
            for n in range(count)
        ]
    )
    OrganizationProfile.objects.bulk_create(
        [
            OrganizationProfile(
                organization=organization,
                locale=locale,
                translation_key=uuid.uuid4(),
                description="Works with families on school choices.",
            )
            for organization in organizations
        ]
    )
    OrganizationFocusArea.objects.bulk_create(
        [
            OrganizationFocusArea(content_object=organization, tag=areas[(n + offset) % focus_areas])
            for n, organization in enumerate(organizations)
            for offset in (0, 1)
        ]
    )
    return organizations


def build_members(count, organizations, first_username="member-0"):
    """`count` members in good standing, as `MemberProfileFactory` makes one (an active account in the
    Members group, its email verified, a profile at an active organization), spread over
    `organizations`; the first one's username is `first_username`. Bulk inserts skip the signals that
    keep the Members group in step with the membership (members.signals), so the group is given here.
    Nobody can sign in with a password (an unusable one, hashed once for all): a benchmark or test
    signs its member in by session. Returns the users."""
    user_model = get_user_model()
    unusable = make_password(None)
    usernames = [first_username, *(f"member-{n}" for n in range(1, count))]
    users = user_model.objects.bulk_create(
        [
            user_model(
                username=username,
                email=f"{username}@example.org",
                first_name="Rosa",
                last_name=f"Member {n}",
                password=unusable,
            )
            for n, username in enumerate(usernames)
        ],
        batch_size=BATCH,
    )
    members = Group.objects.get_or_create(name=MEMBERS)[0]
    in_group = user_model.groups.through
    in_group.objects.bulk_create(
        [in_group(user_id=user.pk, group_id=members.pk) for user in users], batch_size=BATCH
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users],
        batch_size=BATCH,
    )
    MemberProfile.objects.bulk_create(
        [
            MemberProfile(user=user, organization=organizations[n % len(organizations)], title="Policy lead")
            for n, user in enumerate(users)
        ],
        batch_size=BATCH,
    )
    return users


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
