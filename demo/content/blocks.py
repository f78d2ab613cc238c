"""Shorthand for writing StreamField content as data.

Content modules cannot hold real images, documents or pages (they do not exist until the command runs),
so they name them with `Ref`s; `demo.pages.Resolver` swaps each `Ref` for the object in the right
language when the page is saved. Rich text may link to pages and documents the same way:
`<a page="membership">` and `<a document="agenda">` become Wagtail's internal links.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    kind: str  # "image", "document", "page", "person" or "tag"
    key: str


def image_ref(key):
    return Ref("image", key)


def page_ref(key):
    return Ref("page", key)


def document_ref(key):
    return Ref("document", key)


def person_ref(key):
    return Ref("person", key)


def tag_ref(key):
    return Ref("tag", key)


def rich(*paragraphs):
    """Paragraphs of rich text; items starting with "<" are kept as they are (lists, headings)."""
    return "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in paragraphs)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# Each helper gives every field of its block, so a value read back from the database compares equal
# to the one written (see `demo.pages.fingerprint`).


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*paragraphs):
    return ("paragraph", rich(*paragraphs))


def image(key, alt_text, caption=""):
    return ("image", {"image": image_ref(key), "alt_text": alt_text, "caption": caption})


def quote(text, attribution, role=""):
    return ("quote", {"quote": text, "attribution": attribution, "role": role})


def call_to_action(heading_text, text, button_label, page=None, url=""):
    return (
        "call_to_action",
        {
            "heading": heading_text,
            "text": text,
            "button_label": button_label,
            "page": page_ref(page) if page else None,
            "external_url": url,
        },
    )


def faq(heading_text, *items):
    """items: (question, answer) pairs; answers are rich text."""
    return (
        "faq",
        {
            "heading": heading_text,
            "items": [{"question": question, "answer": rich(answer)} for question, answer in items],
        },
    )


def document(key, title=""):
    return ("document", {"document": document_ref(key), "title": title})


def allies(heading_text, text=""):
    return ("allies", {"heading": heading_text, "text": text})


def join(heading_text, text, button_label):
    return ("join", {"heading": heading_text, "text": text, "button_label": button_label})
