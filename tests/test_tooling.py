"""The tools' configuration follows the project: pyproject.toml names the real test folders, and the
pre-commit hooks run exactly the linters of `make lint`.

Everything expected is worked out from the files themselves (the folders on disk, the Makefile), so a
package added, moved or removed, or a linter added to `make lint`, shows up here until pyproject.toml or
.pre-commit-config.yaml says the same."""

import fnmatch
import re
import shlex
import tomllib
from pathlib import Path

import yaml

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


def test_ruff_finds_first_party_packages_itself():
    """No hand-kept known-first-party list to drift: ruff's default `src` (the project root) makes every
    top-level package first-party."""
    ruff = PYPROJECT["tool"]["ruff"]
    assert "known-first-party" not in ruff["lint"].get("isort", {})
    assert ruff.get("src", ["."])[0] == "."


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


def makefile_recipe(target):
    """The commands of a Makefile target, its variables expanded, each split as the shell would."""
    lines = (BASE_DIR / "Makefile").read_text().splitlines()
    variables = {}
    for line in lines:
        match = re.match(r"^([A-Za-z_]+)\s*(?::=|\?=|=)\s*(.*)$", line)
        if match:
            variables.setdefault(match.group(1), match.group(2))

    def expand(text):
        return re.sub(r"\$\(([A-Za-z_]+)\)", lambda m: expand(variables[m.group(1)]), text)

    start = next(i for i, line in enumerate(lines) if re.match(rf"^{re.escape(target)}\s*:", line))
    commands = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        commands.append(shlex.split(expand(line.strip().lstrip("@-"))))
    return commands


def pre_commit_hooks():
    config = yaml.safe_load((BASE_DIR / ".pre-commit-config.yaml").read_text())
    return [(repo, hook) for repo in config["repos"] for hook in repo["hooks"]]


def hook_command(hook):
    """A hook's command as the Makefile writes it (a hook that needs a shell for a glob says `bash -c`)."""
    command = shlex.split(hook["entry"]) + hook.get("args", [])
    return shlex.split(command[2]) if command[:2] == ["bash", "-c"] else command


def test_pre_commit_runs_exactly_the_linters_of_make_lint():
    lint = makefile_recipe("lint")
    assert lint and all(command[0].startswith(".venv/bin/") for command in lint)  # the Makefile was read
    hooks = pre_commit_hooks()
    assert [hook_command(hook) for _repo, hook in hooks] == lint
    for repo, hook in hooks:
        # Local hooks with the virtualenv's own tools: nothing downloaded, the versions of dev.txt.
        assert repo["repo"] == "local"
        assert hook["language"] == "system"
        # The whole tree, as `make lint` checks it, not just the files being committed.
        assert hook["pass_filenames"] is False and hook["always_run"] is True


def test_the_hook_tools_are_pinned_for_development():
    pinned = (BASE_DIR / "requirements" / "dev.txt").read_text()
    for package in ("pre-commit", "import-linter", "ruff", "djhtml"):
        assert re.search(rf"^{package}==", pinned, re.MULTILINE), package
