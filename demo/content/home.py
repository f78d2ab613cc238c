"""Site settings and the home page."""

from .blocks import image_ref, page_ref, rich
from .media import ABSTRACT_ALT

ORGANIZATION_NAME = {
    "en": "Alliance for Learning Equity",
    "es": "Alianza por la Equidad en el Aprendizaje",
}

# Site settings are not translated (one record per site), so they are in English.
SITE_SETTINGS = {
    "organization_name": ORGANIZATION_NAME["en"],
    "tagline": "Families, educators and organizations shaping education policy together.",
    "contact_email": "hello@example.org",
    "phone": "+1 (555) 014-2290",
    "address": "410 Meridian Avenue, Suite 300\nRiverton, 55501",
    "bluesky_url": "https://bsky.app/profile/learningequity.example.org",
    "linkedin_url": "https://www.example.com/company/learning-equity",
    "youtube_url": "https://video.example.com/@learningequity",
}

# The site's own words per language (core.SiteText, translated like a page). The site settings above keep
# the English ones as the last fallback.
SITE_TEXT = {
    "en": {
        "organization_name": ORGANIZATION_NAME["en"],
        "tagline": SITE_SETTINGS["tagline"],
        "address": SITE_SETTINGS["address"],
    },
    "es": {
        "organization_name": ORGANIZATION_NAME["es"],
        "tagline": "Familias, educadores y organizaciones que dan forma juntos a la política educativa.",
        "address": "410 Meridian Avenue, Oficina 300\nRiverton, 55501",
    },
}

HOME = {
    "key": "home",
    "parent": None,
    "hero_image": image_ref("hero"),
    "hero_cta_page": page_ref("membership"),
    "agenda_page": page_ref("policy-agenda"),
    "featured_initiatives": [
        {"initiative": page_ref("family-leadership")},
        {"initiative": page_ref("funding-map")},
        {"initiative": page_ref("listening-tour")},
    ],
    "en": {
        "slug": "home",
        "title": "Home",
        "seo_title": "Alliance for Learning Equity: education and early childhood advocacy",
        "search_description": (
            "A coalition of organizations and individual members working together on education and "
            "early childhood policy, so every learner has what they need to thrive."
        ),
        "hero_heading": "Better schools are built by the people closest to them",
        "hero_intro": (
            "Forty-one organizations and hundreds of parents, educators and neighbors, working as one "
            "alliance on education and early childhood policy, from the first year of life to the last "
            "year of high school."
        ),
        "hero_image_alt": ABSTRACT_ALT["en"],
        "hero_cta_label": "Become a member",
        "initiatives_heading": "What we are working on",
        "news_heading": "Latest news",
        "agenda_heading": "Our shared policy agenda",
        "agenda_teaser": rich(
            "Five equity principles, and the concrete actions our allies have agreed to push for in the "
            "next legislative session. <b>Read it, then tell us where you can help.</b>"
        ),
    },
    "es": {
        "slug": "inicio",
        "title": "Inicio",
        "seo_title": "Alianza por la Equidad en el Aprendizaje: incidencia en educación y primera infancia",
        "search_description": (
            "Una coalición de organizaciones y miembros individuales que trabajan juntos en políticas de "
            "educación y primera infancia para que cada estudiante tenga lo que necesita para prosperar."
        ),
        "hero_heading": "Las mejores escuelas las construyen quienes están más cerca de ellas",
        "hero_intro": (
            "Cuarenta y una organizaciones y cientos de madres, padres, educadores y vecinos que trabajan "
            "como una sola alianza en políticas de educación y primera infancia, desde el primer año de "
            "vida hasta el último año de la preparatoria."
        ),
        "hero_image_alt": ABSTRACT_ALT["es"],
        "hero_cta_label": "Hazte miembro",
        "initiatives_heading": "En qué estamos trabajando",
        "news_heading": "Últimas noticias",
        "agenda_heading": "Nuestra agenda de políticas compartida",
        "agenda_teaser": rich(
            "Cinco principios de equidad y las acciones concretas que nuestros aliados acordaron impulsar "
            "en la próxima sesión legislativa. <b>Léela y cuéntanos dónde puedes ayudar.</b>"
        ),
    },
}
