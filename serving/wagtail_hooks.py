"""The page Wagtail serves, noted for the page cache: what the response depends on (serving.dependencies)."""

from wagtail import hooks

from .dependencies import note_page_served


@hooks.register("before_serve_page")
def note_the_page_served(page, request, serve_args, serve_kwargs):
    note_page_served(request, page)
