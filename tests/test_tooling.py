"""The tools' configuration follows the project: pyproject.toml names the real top-level packages and
test folders.

Everything expected is worked out from the folders on disk, so a package added, moved or removed shows
up here until pyproject.toml says the same."""

import fnmatch
import tomllib
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())

# Folders that are not the project's own code, whatever they hold.
NOT_OURS = {"node_modules", "staticfiles", "media", "private-documents"}


def top_level_folders():
    return sorted(
        path
        for path in BASE_DIR.iterdir()
        if path.is_dir() and not path.name.startswith(".") and path.name not in NOT_OURS
    )


def is_test_file(path, patterns):
    return any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns)


def holds_test_files(folder, patterns):
    for path in folder.rglob("*.py"):
        skipped = any(part.startswith(".") or part in NOT_OURS for part in path.relative_to(folder).parts)
        if not skipped and is_test_file(path, patterns):
            return True
    return False


def test_known_first_party_is_every_top_level_package():
    packages = {folder.name for folder in top_level_folders() if (folder / "__init__.py").is_file()}
    assert "config" in packages and "tests" in packages  # found where they should be
    known = PYPROJECT["tool"]["ruff"]["lint"]["isort"]["known-first-party"]
    assert len(known) == len(set(known)), "a package is named twice"
    assert set(known) == packages, (
        f"[tool.ruff.lint.isort] known-first-party: add {sorted(packages - set(known))}, "
        f"remove {sorted(set(known) - packages)}"
    )


def test_testpaths_are_the_folders_holding_tests():
    options = PYPROJECT["tool"]["pytest"]["ini_options"]
    patterns = options["python_files"]
    with_tests = {folder.name for folder in top_level_folders() if holds_test_files(folder, patterns)}
    assert "tests" in with_tests
    # A test file beside manage.py would be in no testpath at all.
    assert not [path.name for path in BASE_DIR.glob("*.py") if is_test_file(path, patterns)]
    testpaths = options["testpaths"]
    assert set(testpaths) == with_tests, (
        f"[tool.pytest.ini_options] testpaths: add {sorted(with_tests - set(testpaths))}, "
        f"remove {sorted(set(testpaths) - with_tests)}"
    )
