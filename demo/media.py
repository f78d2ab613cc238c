"""Wagtail images and documents for the demo, each made once and found again by title."""

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from demo.content import extranet, home, media, policy, publications
from demo.images import HERO, LANDSCAPE, PALETTES, abstract_picture, initials_avatar
from demo.pdf import render_pdf

# In both languages: the admin shows a collection's name as written, whatever its language.
IMAGES_COLLECTION = "Demo images / Imágenes de demostración"
DOCUMENTS_COLLECTION = "Demo documents / Documentos de demostración"


def ensure_collection(name):
    existing = Collection.objects.filter(name=name, depth=2).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=name)


def _ensure_image(collection, title, filename, make_bytes, description=""):
    """The image with this title in the collection, drawing it only if it does not exist yet. Its
    description is the alternative text pages show for it (Wagtail falls back to the title, which
    names where the demo uses the picture, not what it shows)."""
    image_model = get_image_model()
    image = image_model.objects.filter(collection=collection, title=title).first()
    if image is None:
        image = image_model(title=title, collection=collection, description=description)
        image.file = ImageFile(ContentFile(make_bytes()), name=filename)
        # What Wagtail's upload form does, so the admin shows the right size and finds duplicates.
        image._set_image_file_metadata()
        image.save()
    elif image.description != description:
        image.description = description
        image.save(update_fields=["description"])
    return image


def ensure_images():
    """Abstract pictures by key (see demo.content.media.IMAGES)."""
    collection = ensure_collection(IMAGES_COLLECTION)
    images = {}
    for index, (key, title) in enumerate(media.IMAGES.items()):
        # Palettes go round in order so neighbouring cards never share colors by chance.
        palette = index % len(PALETTES)
        size = HERO if key in media.HERO_IMAGES else LANDSCAPE
        images[key] = _ensure_image(
            collection,
            title,
            f"demo-{key}.jpg",
            lambda key=key, palette=palette, size=size: abstract_picture(key, palette, size),
            description=media.ABSTRACT_ALT["en"],
        )
    return images


def ensure_portrait(name, seed):
    collection = ensure_collection(IMAGES_COLLECTION)
    return _ensure_image(
        collection,
        f"Portrait: {name}",
        f"demo-portrait-{seed}.jpg",
        lambda: initials_avatar(name, seed),
    )


def agenda_pdf(lang):
    """The shared policy agenda as a PDF, from the same text as the policy agenda page."""
    text = policy.AGENDA[lang]
    labels = {
        "en": ("Equity principles and actions", "Priority areas"),
        "es": ("Principios de equidad y acciones", "Áreas prioritarias"),
    }[lang]
    blocks = [("title", text["title"]), ("subtitle", home.ORGANIZATION_NAME[lang])]
    introduction = text["introduction"].replace("</p>", "\n")
    blocks += [("text", strip_tags(part)) for part in introduction.splitlines() if part.strip()]
    blocks.append(("heading", labels[0]))
    for number, principle in enumerate(text["principles"], start=1):
        blocks.append(("heading", f"{number}. {principle['title']}"))
        blocks.append(("text", principle["summary"]))
        blocks += [("bullet", action) for _, action in principle["actions"]]
    blocks.append(("heading", labels[1]))
    for _, area in text["priority_areas"]:
        blocks.append(("text", f"{area['title']}: {area['description']}"))
    return render_pdf(text["title"], blocks, footer=home.ORGANIZATION_NAME[lang])


def members_brief_pdf(lang):
    title, lines = extranet.MEMBERS_BRIEF[lang]
    return render_pdf(
        title, [("title", title), *[("text", line) for line in lines]], footer=home.ORGANIZATION_NAME[lang]
    )


def draft_attachment_pdf(lang):
    title, lines = publications.DRAFT_ATTACHMENT[lang]
    return render_pdf(
        title, [("title", title), *[("text", line) for line in lines]], footer=home.ORGANIZATION_NAME[lang]
    )


def _ensure_document(collection, title, filename, make_bytes):
    """Found by title in any collection: a document linked from a member-only page moves to the
    members-only collection (extranet.privacy), and must still be found there on the next run."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title, collection=collection)
        document.file = ContentFile(make_bytes(), name=filename)
        document._set_document_file_metadata()
        document.save()
    return document


def ensure_documents():
    """Documents by (key, language)."""
    collection = ensure_collection(DOCUMENTS_COLLECTION)
    documents = {}
    for lang, title in media.AGENDA_DOCUMENT_TITLES.items():
        documents["agenda", lang] = _ensure_document(
            collection, title, f"policy-agenda-{lang}.pdf", lambda lang=lang: agenda_pdf(lang)
        )
    for lang, (title, _) in extranet.MEMBERS_BRIEF.items():
        documents["members-brief", lang] = _ensure_document(
            collection, title, f"members-brief-{lang}.pdf", lambda lang=lang: members_brief_pdf(lang)
        )
    for lang, (title, _) in publications.DRAFT_ATTACHMENT.items():
        documents["interpreters-draft", lang] = _ensure_document(
            collection, title, f"interpreters-draft-{lang}.pdf", lambda lang=lang: draft_attachment_pdf(lang)
        )
    return documents
