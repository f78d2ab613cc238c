"""Base settings, safe for production.

Everything that differs between deployments is read from the environment through `env` below, and
nothing here weakens security: DEBUG is off, cookies are secure, and there is no default secret key
(dev.py and test.py provide throwaway ones). README.md lists every variable.
"""

import zoneinfo
from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# One way to read the environment, used everywhere. A `.env` file beside manage.py is read too, so a
# deployment can keep its variables in one place; real environment variables win over it.
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def env_path(name, default):
    """A filesystem path from the environment, as a pathlib.Path like BASE_DIR."""
    return Path(env.str(name, default=str(default)))


# ---------------------------------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------------------------------

DEBUG = False
# No usable default: Django refuses to run with an empty key, and production.py demands the variable.
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# ---------------------------------------------------------------------------------------------------
# Applications
# ---------------------------------------------------------------------------------------------------

INSTALLED_APPS = [
    # Project apps, one concern each (see README.md, "Layout").
    "core",
    "documents",
    "people",
    "home",
    "standardpages",
    "initiatives",
    "news",
    "policy",
    "publications",  # before wagtail: its publish_scheduled checks embargoes first
    "search",
    "seo",  # robots.txt, sitemaps per language, canonical/hreflang/OpenGraph/JSON-LD in page heads
    "extranet",
    "members",
    "subscriptions",
    "mail",  # the outbox: store first, send later, retry (every app's mail)
    "meetings",
    "opportunities",
    "events",  # events and monthly circle-ups: dates, registration, reminders, calendars
    "letters",  # sign-on letters and statements
    "workinggroups",  # after extranet: its document rule runs after the extranet's
    "notifications",  # members' news by email: immediately, weekly or never, per kind
    # The health check (ops), and the serving layer: routing help, the request memo, the page and
    # fragment caches and their invalidation (serving, the base's base: it imports no project app).
    "ops",
    "serving",
    # Translation workflow for pages and snippets.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",  # purges the CDN on publish when WAGTAILFRONTENDCACHE is set
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Members' sign-in (email + password, reset, verification, two-factor) and the mail queue.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Security gates (docs/security.md; their settings are in "Security gates" below): our headers and
    # lockout glue, django-csp, django-axes. None of them has templates or static files that another app
    # overrides or is overridden by (security's templates are under security/), so their place only sets
    # when their ready() runs and their signal receivers connect: last, after allauth's, as always.
    "security",
    "csp",
    "axes",
]

# The demo content (the demo app's `manage.py load_demo_content`) is for local work and tests only:
# dev.py and test.py install the app and turn this on; production has neither.
DEMO_CONTENT_ALLOWED = False

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after SecurityMiddleware, so every response (static files, cached pages, errors) gets the
    # Content-Security-Policy and Permissions-Policy headers.
    "security.middleware.ContentSecurityPolicyMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    # As near SecurityMiddleware as whitenoise asks, with only the two header middlewares between, so
    # static files get those headers and skip the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed on the way out (static files come compressed from whitenoise, above). Outside
    # the page cache, which keeps the uncompressed page and so serves clients either way. Django adds
    # random padding to each response against BREACH-style length attacks.
    "django.middleware.gzip.GZipMiddleware",
    # Before sessions and everything else, so a cached anonymous page is answered with no database
    # work; it stores only what is safe to share (serving/middleware.py says what).
    "serving.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Keeps sessions in use alive (the idle limit), saving each at most once a minute.
    "security.middleware.SessionIdleExpiryMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A form body Django cannot read answers 400 in the reader's language, before anything reads it.
    "security.middleware.UnreadableFormMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The request made current for code that has none (rich text, the access policy's reader), its
    # Wagtail Site from the shared cache, and responses marked private sent as `private, no-store`.
    # After authentication: the access policy reads the user.
    "serving.middleware.RequestMiddleware",
    # Unknown addresses in the extranet answer outsiders as its real pages do.
    "extranet.middleware.ExtranetPrivacyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Superusers and moderators (all staff, with STAFF_MFA_REQUIRED) use the admin only with two-factor
    # set up (security.two_factor); it needs the signed-in user and messages, so it comes after both.
    "security.middleware.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # axes turns a sign-in refused for a locked account into its lockout page; it must come last.
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


# ---------------------------------------------------------------------------------------------------
# Database and cache
# ---------------------------------------------------------------------------------------------------

# SQLite needs no set-up; production sets DATABASE_URL=postgres://user:pass@host:5432/name.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Redis when REDIS_URL is set (shared by every app process); otherwise a per-process memory cache.
# django-redis rather than Django's built-in RedisCache: with IGNORE_EXCEPTIONS a Redis outage turns
# every cache read into a miss instead of an error, so the site keeps serving (slower) and the page
# cache (serving) simply stops serving and storing. Short socket timeouts keep a dead Redis from
# holding requests; the ignored errors are logged so the outage is still visible.
REDIS_URL = env.str("REDIS_URL", default="")
CACHE_KEY_PREFIX = env.str("CACHE_KEY_PREFIX", default="alliance")
if REDIS_URL:
    _redis_options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": _redis_options,
        },
        # Wagtail looks up image renditions here before asking the database (a week: renditions of an
        # image never change, and a deleted image's entries are removed by Wagtail).
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-renditions",
            "TIMEOUT": 7 * 24 * 60 * 60,
            "OPTIONS": _redis_options,
        },
        # Rate limits and two-factor codes' one-time marks: these must keep working when Redis is away,
        # so they fall back to counting in each process instead of failing (core/guard_cache.py).
        "guards": {
            "BACKEND": "core.guard_cache.FailoverCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-guards",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "RETRY_AFTER": 5},
        },
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        # Pages and fragments each process keeps for itself (see CONTENT_CACHE_SHARED below): a thousand
        # entries, a few tens of megabytes at most, the least recently used going first.
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "default",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
        "guards": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "guards"},
    }


# ---------------------------------------------------------------------------------------------------
# Passwords and sessions
# ---------------------------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Everyone signs in through allauth (see "Members" below), staff included: the admin's sign-in address
# sends them there (WAGTAILADMIN_LOGIN_URL, below).
LOGIN_URL = "account_login"


# ---------------------------------------------------------------------------------------------------
# Security: secure by default; dev.py relaxes what plain-HTTP local work needs.
# ---------------------------------------------------------------------------------------------------

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Behind a TLS-terminating proxy, the proxy tells us the original scheme.
if env.bool("USE_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


# ---------------------------------------------------------------------------------------------------
# Internationalisation: English and Spanish, pages translated with wagtail-localize.
# ---------------------------------------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's "Preferred language" (Account): the two languages the project's own words are translated
# into, not the forty Wagtail knows, where every screen of ours would stay in English.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="America/Chicago")
# The admin's "Current time zone" (Account): the system's zones, less "localtime", which Debian's
# zoneinfo folder holds beside them but is no zone's name; the browser refuses it, and the account page
# broke with a script error in the console.
WAGTAIL_USER_TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})
USE_I18N = True
USE_TZ = True


# ---------------------------------------------------------------------------------------------------
# Static files and media
# ---------------------------------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env_path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env_path("MEDIA_ROOT", default=BASE_DIR / "media")
# Documents live apart from MEDIA_ROOT, where no web server serves them: every download goes through
# Wagtail's document view and its privacy checks.
DOCUMENTS_ROOT = env_path("DOCUMENTS_ROOT", default=BASE_DIR / "private-documents")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "documents.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": DOCUMENTS_ROOT},
    },
    # Compressed files with hashed names, served by whitenoise with far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's page editor can post many fields on a rich page.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# ---------------------------------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------------------------------

# Every message is stored and sent by the mail queue (mail/backends.py), whoever sends it: allauth,
# Wagtail, Django's error reports. The queue's worker hands it to MAIL_TRANSPORT, the backend that really
# sends, which the EMAIL_BACKEND environment variable names (SMTP unless it says otherwise).
EMAIL_BACKEND = "mail.backends.QueuedEmailBackend"
MAIL_TRANSPORT = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Alliance <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL


# ---------------------------------------------------------------------------------------------------
# Wagtail
# ---------------------------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Alliance"
# Where Wagtail sends someone the admin turns away, and where its sign-out leads: /admin/login/, which
# is no longer Wagtail's password form but security.views.admin_login. That view sends people on to
# allauth's sign-in (LOGIN_URL) and its two-factor, keeping `next`; pointing Wagtail at allauth
# directly would loop for a signed-in member (allauth sends them back to `next`, Wagtail back again).
WAGTAILADMIN_LOGIN_URL = "admin_login"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Wagtail's database backend (SQLite FTS5 locally, PostgreSQL full-text search in production), with
# PostgreSQL's text search configuration picked per language (search/backends/__init__.py explains).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIGS": {"en": "english", "es": "spanish"},
    }
}
WAGTAILDOCS_DOCUMENT_MODEL = "documents.SiteDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are always served through Wagtail's view, so privacy rules apply to every download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Shared-password privacy is a weak lock that anyone can pass on; only login/group privacy is offered.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Run every minute by `manage.py run_scheduler` (started by `make run`; a service in production).
PERIODIC_COMMANDS = ["publish_scheduled", "retry_mail", "send_event_reminders", "send_notifications"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True


# ---------------------------------------------------------------------------------------------------
# Search engines (seo app): robots.txt closes the site to crawlers, and every page says `noindex`,
# unless the deployment says it is the production site.
# ---------------------------------------------------------------------------------------------------

SEO_ALLOW_INDEXING = env.bool("SEO_ALLOW_INDEXING", default=False)


# ---------------------------------------------------------------------------------------------------
# Members: sign-in with django-allauth, invitations, applications, and the queue for outbound mail
# ---------------------------------------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # First, so a locked account (django-axes, "Security gates" below) is refused before any backend
    # checks its password.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # Django's permission checks
    "allauth.account.auth_backends.AuthenticationBackend",  # everyone's sign-in, by email
]
# Where members land after signing in or accepting an invitation (the extranet's address).
LOGIN_REDIRECT_URL = "extranet_home"
# Private pages outside the extranet send visitors to the same sign-in page.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# People become members only through invitations: the adapter closes public sign-up.
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
ACCOUNT_USER_DISPLAY = "members.adapter.user_display"  # a name, not the generated username
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
ACCOUNT_SESSION_REMEMBER = None  # members choose "Remember me"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{WAGTAIL_SITE_NAME}] "
# Links in allauth's emails use the scheme of the site's address.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if WAGTAILADMIN_BASE_URL.startswith("https") else "http"
# allauth's defaults, spelled out: failed sign-ins per address and per IP, reset requests. The
# per-address allowance for failed sign-ins is raised with the lockout, in "Security gates" below.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME

MEMBERS_INVITATION_EXPIRY_DAYS = env.int("MEMBERS_INVITATION_EXPIRY_DAYS", default=14)
# Who is told about new applications; empty means the active users of the Staff group.
MEMBERS_APPLICATION_RECIPIENTS = env.list("MEMBERS_APPLICATION_RECIPIENTS", default=[])
# Applications accepted from one client IP per window (count, seconds).
MEMBERS_JOIN_RATE_LIMIT = (5, 60 * 60)
# Sending attempts the mail task schedules by itself (2, 4, 8, 16 minutes apart) before leaving the
# rest to `manage.py retry_mail`.
MAIL_AUTO_ATTEMPTS = 5
# After that, `manage.py retry_mail` tries again at most this often (seconds) per email.
MAIL_RETRY_INTERVAL = 15 * 60
# Failed attempts after which an email is given up on (about a day of retries), marked failed and shown
# to staff on the dashboard. A refusal no retry can mend gives up at once.
MAIL_MAX_ATTEMPTS = env.int("MAIL_MAX_ATTEMPTS", default=100)

# Subscriptions (the news and invitations list): days a confirmation link works; signups accepted per
# client IP and per address in a window (count, seconds). Its mail uses the queue and retries above.
SUBSCRIPTIONS_CONFIRM_DAYS = env.int("SUBSCRIPTIONS_CONFIRM_DAYS", default=7)
SUBSCRIPTIONS_CLIENT_RATE_LIMIT = (10, 60 * 60)
SUBSCRIPTIONS_ADDRESS_RATE_LIMIT = (3, 60 * 60)

# Wagtail's own tasks run at once, in the request. Outbound mail goes through a queue in the database,
# worked by `manage.py db_worker --backend email`, so a mail-server outage loses nothing.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


# ---------------------------------------------------------------------------------------------------
# Security gates: CSP and other headers, password hashing, idle sessions, sign-in lockout.
# Their apps, middleware and authentication backend are in the lists above, each where it must be;
# their settings are here. docs/security.md explains each choice.
# ---------------------------------------------------------------------------------------------------

# Superusers and moderators (all staff, with this on) use the admin only with two-factor set up
# (security.middleware.AdminTwoFactorMiddleware, in MIDDLEWARE above).
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=False)

# Public pages have no inline script or style at all (everything is in static/), so they carry no
# nonce and the anonymous page cache can store them as they are. A template that cannot avoid an
# inline script writes `<script nonce="{{ request.csp_nonce }}">`: django-csp then adds that request's
# nonce to the header (and only then). Embeds are iframes from the providers listed in frame-src.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin writes inline scripts and styles, and shows previews in a same-origin iframe; it
# gets these directives instead (security.middleware). It is for signed-in staff only, never cached.
SECURITY_ADMIN_PATH_PREFIX = "/admin/"
SECURITY_ADMIN_CSP = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
    "frame-ancestors": [SELF],
}
# Powerful browser features the site never uses: refused to every page and anything embedded in it.
SECURITY_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# Avatars in the admin are initials, not Gravatar images: no staff email hashes leave the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# HSTS preload commits every subdomain to HTTPS for good; it is the domain owner's decision, made by
# setting SECURE_HSTS_PRELOAD=true and submitting the domain. Until then `check --deploy` is told
# not to ask for it.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Argon2id for new and changed passwords; older hashes still verify and are upgraded at next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Sessions end after SESSION_IDLE_MINUTES without a request: a request pushes the expiry on, saving
# the session at most once a minute (security.middleware.SessionIdleExpiryMiddleware).
# ("Remember me" keeps the cookie across browser restarts, still within the idle limit.)
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_MINUTES", default=120) * 60
SESSION_REFRESH_SECONDS = 60

# Sign-in lockout (django-axes): five failures for one account (email, security.lockout) from one
# client address lock that pair, and only that pair, for AXES_COOLOFF_TIME. Locking the account from
# everywhere, or the address for everyone, let anyone lock anyone out: a stranger an editor, a
# member's typos at a shared office the whole office. A success clears the count, and so does choosing
# a new password through the emailed link. docs/security.md states the trade-off.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Guessing one account from many addresses, or many accounts from one, is slowed (not locked) by
# allauth's limits. Its per-account allowance must stay above one pair's lockout, or a person's typos
# at one place (or a stranger's five guesses) would still refuse that account at every other place.
ACCOUNT_RATE_LIMITS["login_failed"] = f"10/m/ip,{2 * AXES_FAILURE_LIMIT}/300s/key"
AXES_USERNAME_CALLABLE = "security.lockout.username"
AXES_CLIENT_IP_CALLABLE = "security.lockout.ip_address"
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Only failures are kept (and only until their cool-off ends): no log of everyone's sign-ins.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False


# ---------------------------------------------------------------------------------------------------
# Logging: errors to stderr, where the process manager collects them.
# ---------------------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}


# ---------------------------------------------------------------------------------------------------
# Production profile (issue 7): media on S3, CDN invalidation, the anonymous page cache.
# docs/deployment.md explains how these fit together.
# ---------------------------------------------------------------------------------------------------

# S3-compatible storage, when configured, so app servers keep no files and can be scaled out.
# Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3 itself) or the
# machine's role. Public media (images and their renditions) go to AWS_STORAGE_BUCKET_NAME and are
# read straight from it (unsigned URLs). Documents go to AWS_PRIVATE_BUCKET_NAME, a bucket that must
# block all public access: its objects are private, have no URL at all (documents.s3), and are
# streamed through Wagtail's serve view, where the privacy checks run, as on the filesystem.
_s3_common = {
    "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
    "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
    "file_overwrite": False,
}
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "location": "media",
            "querystring_auth": False,
            # Empty: the bucket's policy makes media/ public (many providers refuse object ACLs).
            "default_acl": env.str("AWS_DEFAULT_ACL", default="") or None,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            # Renditions have unique names and never change: browsers and the CDN may keep them.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    # Images are then read from the bucket's (or its CDN's) address, which the Content-Security-Policy
    # must allow, on the site and in the admin alike.
    if env.str("AWS_S3_CUSTOM_DOMAIN", default=""):
        _media_origins = [f"https://{env.str('AWS_S3_CUSTOM_DOMAIN')}"]
    elif _s3_common["endpoint_url"]:
        _media_origins = [_s3_common["endpoint_url"]]
    else:
        _bucket = env.str("AWS_STORAGE_BUCKET_NAME")
        _media_origins = [f"https://{_bucket}.s3.amazonaws.com"]
        if _s3_common["region_name"]:
            _media_origins.append(f"https://{_bucket}.s3.{_s3_common['region_name']}.amazonaws.com")
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += _media_origins
    SECURITY_ADMIN_CSP["img-src"] += _media_origins
if env.str("AWS_PRIVATE_BUCKET_NAME", default=""):
    STORAGES["documents"] = {
        "BACKEND": "documents.s3.PrivateS3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": env.str("AWS_PRIVATE_BUCKET_NAME"),
            "location": "documents",
            "default_acl": "private",
            # Never used to hand out a URL (PrivateS3Storage.url refuses); signed and short if it were.
            "querystring_auth": True,
            "querystring_expire": 60,
        },
    }

# CDN invalidation: Wagtail purges a page's addresses from the CDN when it is published or unpublished
# (wagtail.contrib.frontend_cache), and serving purges the pages that list it too.
# FRONTEND_CACHE_BACKEND is one of: http (Varnish/Squid-style PURGE to FRONTEND_CACHE_LOCATION),
# cloudflare (CLOUDFLARE_BEARER_TOKEN, CLOUDFLARE_ZONEID), cloudfront (CLOUDFRONT_DISTRIBUTION_ID).
WAGTAILFRONTENDCACHE = {}
_frontend_cache = env.str("FRONTEND_CACHE_BACKEND", default="")
if _frontend_cache == "http":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_LOCATION"),
    }
elif _frontend_cache == "cloudflare":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONEID"),
    }
elif _frontend_cache == "cloudfront":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
elif _frontend_cache:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND={_frontend_cache!r}: http, cloudflare or cloudfront")

# Cached content (the page cache, fragments such as menus and cards, settings) is on with or without
# Redis. A publish in one app process must make every other process's copies stale at once: the
# generations that key them (serving.generation) live in Redis when there is one, shared with what is
# kept; without it, each process keeps what it renders in its own memory and reads the generations from
# the database, once per request (serving.models.Generation). CONTENT_CACHE_ENABLED=false turns it off.
CONTENT_CACHE_ENABLED = env.bool("CONTENT_CACHE_ENABLED", default=True)
CONTENT_CACHE_SHARED = bool(REDIS_URL)
# The anonymous page cache (serving): seconds a public page is kept; 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Seconds a CDN may keep a cached public page (s-maxage); 0 (the default) leaves HTML out of the CDN.
PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=0)
# Load balancers often poll over plain HTTP inside the network: answer them rather than redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
