"""HTTP security headers (Content-Security-Policy, Permissions-Policy) and the sign-in lockout glue.

The settings live in config/settings/base.py ("Security gates"); docs/security.md explains the choices.
"""
