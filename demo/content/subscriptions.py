"""Demo subscribers to the news and invitations list, one in each state, with their consent trail."""

SUBSCRIBERS = [
    {
        "email": "lucia.reader@example.org",
        "name": "Lucía Ramos",
        "news": True,
        "invitations": True,
        "language": "es",
        "status": "active",
        "days_ago": 40,
    },
    {
        "email": "sam.parent@example.org",
        "name": "Sam Okafor",
        "news": True,
        "invitations": False,
        "language": "en",
        "status": "active",
        "days_ago": 12,
    },
    {
        "email": "pending.teacher@example.org",
        "name": "",
        "news": False,
        "invitations": True,
        "language": "en",
        "status": "pending",
        "days_ago": 1,
    },
    {
        "email": "former.subscriber@example.org",
        "name": "Dana Former",
        "news": True,
        "invitations": False,
        "language": "en",
        "status": "unsubscribed",
        "days_ago": 70,
    },
]
