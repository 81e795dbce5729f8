"""Shared fixtures: every test gets its own user dirs and no judge credentials from the outside."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "answers"

JUDGE_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL", "MOCKPM_LIBRARY", "NO_COLOR", "EDITOR", "VISUAL")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("mockpm-home")
    monkeypatch.setenv("MOCKPM_HOME", str(home))
    for name in JUDGE_ENV:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


# Files tests leave for a person to look at (the HTML report's screenshots): listed at the end of
# the run, so they are in the test output even though passing tests' prints are captured.
ARTIFACTS: list[Path] = []


@pytest.fixture
def artifact():
    def keep(path: Path) -> Path:
        ARTIFACTS.append(path)
        return path
    return keep


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's reporter
    if ARTIFACTS:
        terminalreporter.section("screenshots")
        for path in ARTIFACTS:
            terminalreporter.write_line(str(path))
