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


def test_userinfo_with_spaces_or_at_signs_is_dropped():
    from mockpm.redaction import public_url

    text = "cannot reach http://alice:s3cret Passw0rd@127.0.0.1:18142/v1 now"
    assert strip_userinfo(text) == "cannot reach http://127.0.0.1:18142/v1 now"
    assert strip_userinfo("see https://u:p@ss@x.org/a") == "see https://x.org/a"
    assert strip_userinfo("http://h:1/v1 and mail a@b.c") == "http://h:1/v1 and mail a@b.c"  # '@' after the path
    assert public_url("http://alice:s3cret Passw0rd@127.0.0.1:18142/v1") == "http://127.0.0.1:18142/v1"
    assert public_url("https://h.org/v1?api_key=sk-secret-1234#frag") == "https://h.org/v1"
    assert public_url("http://u:pw@[::1") == "http://[::1"  # unparseable still loses its credentials
