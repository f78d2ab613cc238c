"""The production WSGI app (config.wsgi) with media served beside it, for bench/lighthouse/run.sh only.

In production, images and their renditions are read from the S3 bucket (or its CDN) with
`Cache-Control: public, max-age=31536000, immutable` (config/settings/base.py), and the app serves no
media at all (only DEBUG does). Lighthouse needs the images to measure the largest paint and the image
audits, so this stands in for the bucket: same headers, same origin as the pages (one connection fewer
than a CDN would need). autorefresh: renditions are written while the pages are rendered, after start-up.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from config.wsgi import application as django_application

application = WhiteNoise(
    django_application,
    root=settings.MEDIA_ROOT,
    prefix=settings.MEDIA_URL,
    autorefresh=True,
    max_age=31_536_000,
    immutable_file_test=lambda path, url: True,
)
