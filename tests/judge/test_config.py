"""Judge settings resolution and make_judge."""

from __future__ import annotations

import pytest

from mockpm.config import DEFAULT_MODEL, OPENAI_URL, PLACEHOLDER_KEY, resolve
from mockpm.errors import ExitCode, JudgeConfigError
from mockpm.judge.factory import make_judge
from mockpm.judge.pricing import estimate_cost
from mockpm.models import Usage
from mockpm.paths import config_file


def write_config(text: str) -> None:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_no_key_no_url_is_offline_with_one_notice():
    notes: list[str] = []
    assert make_judge(notify=notes.append) is None
    assert len(notes) == 1 and "offline" in notes[0] and "\n" not in notes[0]


def test_offline_flag_wins_silently(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    notes: list[str] = []
    assert make_judge(offline=True, notify=notes.append) is None and notes == []


def test_precedence_flag_env_file_default(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    s, _ = resolve()
    assert (s.model, s.base_url, s.sources["model"]) == (DEFAULT_MODEL, OPENAI_URL, "default")
    write_config('[judge]\nmodel = "file-model"\nbase_url = "http://file.example/v1/"\n')
    s, _ = resolve()
    assert (s.model, s.base_url, s.sources["model"]) == ("file-model", "http://file.example/v1", "file")
    monkeypatch.setenv("MOCKPM_MODEL", "env-model")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env.example/v1")
    s, _ = resolve()
    assert (s.model, s.base_url, s.host) == ("env-model", "http://env.example/v1", "env.example")
    s, _ = resolve(model="flag-model", base_url="http://flag.example:8000/v1")
    assert (s.model, s.host, s.sources["model"], s.sources["base_url"]) == ("flag-model", "flag.example", "flag", "flag")


def test_base_url_without_key_uses_placeholder():
    s, reason = resolve(base_url="http://localhost:11434/v1")
    assert reason is None and not s.has_key and s.api_key.get_secret_value() == PLACEHOLDER_KEY
    assert PLACEHOLDER_KEY not in repr(s)


def test_key_never_in_repr_or_dump(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET123")
    s, _ = resolve()
    assert "SECRET123" not in repr(s) and "SECRET123" not in s.model_dump_json()


def test_file_settings_and_errors(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    write_config('[judge]\ntimeout = 5\nmax_retries = 1\nbackoff = 0.1\n\n[prices."my-model"]\ninput = 1.0\noutput = 2.0\n')
    s, _ = resolve()
    assert (s.timeout, s.max_retries, s.backoff) == (5, 1, 0.1)
    assert estimate_cost("my-model", Usage(prompt_tokens=1_000_000, completion_tokens=500_000), s.prices) == pytest.approx(2.0)
    write_config("[judge\nmodel=")
    with pytest.raises(JudgeConfigError) as err:
        resolve()
    assert err.value.exit_code == ExitCode.JUDGE_CONFIG and "config.toml" in str(err.value)
    write_config("[judge]\ntimeout = -1\n")
    with pytest.raises(JudgeConfigError, match="judge.timeout"):
        resolve()


def test_bad_base_url():
    with pytest.raises(JudgeConfigError, match="--base-url"):
        resolve(base_url="localhost:8000")


def test_prices():
    u = Usage(prompt_tokens=2_000_000, completion_tokens=1_000_000, cached_tokens=1_000_000)
    assert estimate_cost("gpt-4o-mini", u) == pytest.approx(0.15 + 0.075 + 0.60)
    assert estimate_cost("gpt-4o-mini-2024-07-18", u) == estimate_cost("gpt-4o-mini", u)
    assert estimate_cost("llama3.1:8b", u) is None


@pytest.mark.parametrize(
    "text,needle",
    [
        ("[judge]\ntimeout = inf\n", "finite"),
        ("[judge]\nmax_backoff = inf\n", "finite"),
        ('[judge]\ntimeout = "5"\n', "judge.timeout"),
        ("[judge]\nmax_retries = true\n", "judge.max_retries"),
        ('[judgee]\nmodel = "x"\n', "judgee"),
        ('[judge]\nmodel = ""\n', "judge.model"),
    ],
)
def test_config_file_is_checked_strictly(monkeypatch, text, needle):
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    write_config(text)
    with pytest.raises(JudgeConfigError) as exc:
        resolve()
    assert needle in str(exc.value) and exc.value.exit_code == ExitCode.JUDGE_CONFIG


def test_blank_settings(monkeypatch):
    from mockpm.errors import UsageError

    monkeypatch.setenv("OPENAI_API_KEY", "k")
    monkeypatch.setenv("MOCKPM_MODEL", "   ")
    settings, _ = resolve()
    assert settings.model == DEFAULT_MODEL  # a blank variable counts as unset
    with pytest.raises(UsageError, match="--model is empty"):
        resolve(model="")


def test_practice_section_is_allowed():
    from mockpm.config import load_config_file

    write_config('[practice]\ncandidate = "Ana Ruiz"\n')
    assert load_config_file().practice.candidate == "Ana Ruiz"
