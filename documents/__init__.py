"""The site's document model: every file lives in private storage and is served only by Wagtail's
document view, so privacy (collections, the extranet) applies to every download."""
