"""Allies (member organizations) and the demo member's profile. All fictional; the names match the
people pages so the site tells one story. One organization has lapsed, to show what that does."""

ORGANIZATIONS = [
    {
        "name": "Puentes Family Network",
        "website": "https://puentes.example.org",
        "region": "Rio Valley",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Family engagement", "Multilingual learners"],
    },
    {
        "name": "Common Ground Learning Studio",
        "website": "https://commonground.example.org",
        "region": "Northern Plains",
        "status": "active",
        "listed_publicly": True,
        "focus_areas": ["Teacher development", "School funding"],
    },
    {
        "name": "Little Oaks Child Development Center",
        "website": "https://littleoaks.example.org",
        "region": "Capital Area",
        "status": "active",
        "listed_publicly": False,
        "focus_areas": ["Early childhood"],
    },
    {
        "name": "Eastside Parents United",
        "website": "https://eastside.example.org",
        "region": "Eastside",
        "status": "lapsed",
        "listed_publicly": False,
        "focus_areas": ["Family engagement"],
    },
]

# The `member` demo account's profile (see DEMO_ACCOUNTS in the load_demo_content command).
MEMBER_PROFILE = {
    "username": "member",
    "organization": "Puentes Family Network",
    "title": "Community organizer",
    "phone": "+1 555 0142",
    "languages": "English, Spanish",
    "expertise": ["Family engagement", "Bilingual outreach"],
    "spokesperson": True,
}
