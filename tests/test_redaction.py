from mockpm.redaction import MASK, redact, register, strip_userinfo, url_password

KEY = "sk-proj-AbCdEfGh1234567890XyZ"


def test_whole_cut_short_and_recased_keys_are_cut_out():
    for shown in (KEY, KEY[:12] + "...", KEY.upper(), KEY.lower()[5:20], "x" + KEY[-9:]):
        out = redact(f"Incorrect API key provided: {shown}. Check it.", [KEY])
        assert MASK in out and "Incorrect API key provided" in out
        low = out.lower()
        assert not any(KEY.lower()[i:i + 8] in low for i in range(len(KEY) - 7)), out


def test_short_runs_and_other_text_are_kept():
    assert redact("sk-proj is a prefix; 1234567 too short", [KEY]) == "sk-proj is a prefix; 1234567 too short"
    assert redact("nothing secret here", []) == "nothing secret here"


def test_url_userinfo_is_dropped_everywhere():
    text = "cannot reach http://alice:pw123456@llm.internal:8000/v1 or https://tok@x.org/a"
    assert strip_userinfo(text) == "cannot reach http://llm.internal:8000/v1 or https://x.org/a"
    assert url_password("http://alice:p%40ss-word@h/v1") == "p@ss-word"
    assert url_password("http://h/v1") is None


def test_registered_secrets_apply_to_every_later_redact():
    register("registered-secret-value-77", None, "abc")  # too short to be a secret: ignored
    assert "REGISTERED-SECRET" not in redact("echo: REGISTERED-SECRET-VALUE-77")
    assert redact("abc stays") == "abc stays"
