"""The request being answered, for rendering code that has none of its own (rich text, block values,
the access policy's reader): extranet.middleware sets it for every request."""

from contextvars import ContextVar

current_request = ContextVar("current_request", default=None)
