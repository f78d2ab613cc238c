"""Who belongs to the alliance: organizations (allies), member profiles, invitations and applications."""
