"""What search engines and link previews read: robots.txt, sitemaps per language, and the page head's
canonical address, hreflang alternates, OpenGraph and Twitter tags and JSON-LD."""
