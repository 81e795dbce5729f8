"""A practice session the judge cannot score is not recorded as a 0 and does not exit cleanly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
import judge_testlib as testlib
from openai_fake import FakeOpenAI, error_reply, openai_fake  # noqa: F401 - fixture

MOCKPM = shutil.which("mockpm")


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_unscorable_session_exits_6_and_stays_out_of_history(tmp_path, isolated_home, openai_fake: FakeOpenAI):
    openai_fake.on_chat(lambda req: error_reply(500, "down", type="server_error"))
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text("[judge]\nmax_retries = 0\nbackoff = 0.01\n", encoding="utf-8")
    lib = testlib.write_library(tmp_path / "lib")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_BASE_URL=openai_fake.base_url, MOCKPM_HOME=str(isolated_home), NO_COLOR="1")
    body = testlib.ANSWER.split("---")[-1].strip()
    p = subprocess.run([MOCKPM, "practice", testlib.SCENARIO_ID, "--library", str(lib), "--no-timer"],
                       input=body + "\n%%\n\n%%\n\n", env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 6, p.stderr
    assert "unscored" in p.stdout and "re-grade later" in p.stderr
    assert list((isolated_home / "data" / "transcripts").glob("*.md"))  # the answer is kept
    h = subprocess.run([MOCKPM, "history", "--json"], env=env, capture_output=True, text=True)
    assert json.loads(h.stdout)["sessions"] == []
