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


@pytest.fixture
def grade_offline():
    """Grade a text against a built-in scenario offline, as `mockpm grade --offline` does."""
    from mockpm.catalog import load_library
    from mockpm.grading import grade
    from mockpm.models import Answer

    lib = load_library()

    def run(scenario_id: str, text: str):
        scen = lib.scenario(scenario_id)
        return grade(Answer(text=text, scenario_id=scenario_id), scen, lib.rubrics_for(scen), None, library=lib)
    return run


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
