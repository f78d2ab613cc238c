"""The settings are safe by default: production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_check(settings, **env):
    clean = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=settings)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check("config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_a_secret_key():
    result = run_check("config.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr


def test_base_settings_are_safe_for_production():
    from config.settings import base

    assert base.DEBUG is False
    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.SECRET_KEY == "" or "SECRET_KEY" in os.environ
    assert base.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}


# Lists a reader should find complete where base.py defines them: appended to, inserted into or sliced
# further down, an entry's place (which matters for apps and middleware) can only be worked out by
# running the file in one's head.
DEFINED_ONCE = ("INSTALLED_APPS", "MIDDLEWARE", "AUTHENTICATION_BACKENDS")


def changes_after_definition(source, name):
    """The lines where `source` changes the list `name` after first assigning it: assigned again,
    extended with +=, an item or slice assigned, or one of the list's mutating methods called."""
    import ast

    mutators = {"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse"}
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                whole = isinstance(target, ast.Name) and target.id == name
                part = isinstance(target, ast.Subscript) and getattr(target.value, "id", None) == name
                if whole or part:
                    lines.append((node.lineno, whole and isinstance(node, ast.Assign)))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and getattr(node.func.value, "id", None) == name
            and node.func.attr in mutators
        ):
            lines.append((node.lineno, False))
    lines.sort()
    # The first statement must be the definition (a plain assignment); everything after it is a change.
    if lines and lines[0][1]:
        lines = lines[1:]
    return [line for line, _ in lines]


def test_base_settings_define_apps_middleware_and_backends_in_one_place():
    source = (BASE_DIR / "config" / "settings" / "base.py").read_text()
    for name in DEFINED_ONCE:
        assert changes_after_definition(source, name) == [], f"{name} is changed after its definition"


def test_the_one_place_check_sees_changes():
    source = """
X = ["a"]
X += ["b"]
X.insert(0, "c")
X[1:0] = ["d"]
"""
    assert changes_after_definition(source, "X") == [3, 4, 5]
