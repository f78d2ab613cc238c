"""The demo's pictures and downloads. Titles are how the command finds them again, so changing a title
makes a new image on the next run."""

# key -> title. Pictures are abstract, so titles say where each one is used rather than what it shows.
IMAGES = {
    "hero": "Abstract 01: home page hero",
    "about": "Abstract 02: about the alliance",
    "membership": "Abstract 03: membership",
    "initiatives": "Abstract 04: initiatives",
    "family-leadership": "Abstract 05: family leadership community of practice",
    "funding-map": "Abstract 06: fair funding map",
    "listening-tour": "Abstract 07: early educator listening tour",
    "policy-agenda": "Abstract 08: policy agenda",
    "news": "Abstract 09: news",
    "news-new-allies": "Abstract 10: news, new allies",
    "news-tour-sets-out": "Abstract 11: news, listening tour",
    "news-multilingual-day": "Abstract 12: news, multilingual learner day",
    "news-staffing-data": "Abstract 13: news, child care staffing",
    "news-cop-announced": "Abstract 14: news, community of practice",
    "news-tour-report": "Abstract 15: news, listening tour report",
    "news-agenda-released": "Abstract 16: news, policy agenda",
    "news-cop-midpoint": "Abstract 17: news, community of practice midpoint",
    "news-funding-map": "Abstract 18: news, fair funding map",
    "news-convening": "Abstract 19: news, annual convening",
    "news-budget-numbers": "Abstract 20: news, five budget numbers",
    "news-session-wrap-up": "Abstract 21: news, legislative session wrap-up",
    "news-reading-list": "Abstract 22: news, staff reading list",
    "news-budget-questions": "Abstract 23: news, district budget questions",
    "news-meet-facilitators": "Abstract 24: news, meet the facilitators",
    "news-cop-first-session": "Abstract 25: news, community of practice first session",
    "news-testimony-toolkit": "Abstract 26: news, testimony toolkit",
    "news-testimony-multilingual-funding": "Abstract 27: news, multilingual learner funding testimony",
    "news-workforce-bill": "Abstract 28: news, workforce bill",
}

# Drawn larger than the rest, for full-width display.
HERO_IMAGES = {"hero"}

# Alternative text shared by every abstract picture placed in a body: it says honestly what is there.
ABSTRACT_ALT = {
    "en": "Abstract artwork of overlapping translucent circles on a soft color gradient.",
    "es": "Ilustración abstracta de círculos translúcidos superpuestos sobre un degradado suave de color.",
}

# The policy agenda as a PDF in each language; its text comes from demo.content.policy.
AGENDA_DOCUMENT_TITLES = {
    "en": "Shared policy agenda (PDF)",
    "es": "Agenda de políticas compartida (PDF)",
}
