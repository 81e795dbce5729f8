"""Read answer files: front matter, encoding, size limits, practice transcripts."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from mockpm.errors import AnswerError
from mockpm.models import Answer

MAX_BYTES = 1_000_000
# Front matter is a handful of `key: value` lines; anything bigger is not one.
MAX_FRONT_MATTER_BYTES = 8_000
# A Markdown ATX heading: up to three spaces, one to six #, then a space or the line's end.
# "#1 priority" is text, not a heading.
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
FRONT_MATTER_KEYS = {
    "scenario", "candidate", "date", "round", "session", "format",
    "time_limit_minutes", "time_taken_seconds", "mode", "tags", "title",
}
LIST_KEYS = {"tags"}  # every other key holds one value
# A `key: value` line whose value YAML reads as that same plain string: starts with a letter,
# holds only word characters, spaces and . ' - (no ": ", " #", quotes, brackets or flow
# markers), and is none of YAML 1.1's booleans or nulls. Such front matter needs no YAML parser.
_PLAIN_LINE = re.compile(r"([a-z_]+):[ \t]+([^\W\d_][\w .'-]*?)[ \t]*")
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null"}


def read_answer(path: Path) -> Answer:
    """Read one answer file; raise AnswerError with a one-line fix for anything unusable."""
    name = str(path)
    if not path.exists():
        raise AnswerError(f"{name}: no such file", hint="check the path")
    if path.is_dir():
        raise AnswerError(f"{name}: is a directory", hint="pass answer files, or use `mockpm batch` for a folder")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise AnswerError(f"{name}: {size:,} bytes is over the 1 MB limit for one answer", hint="trim it to the answer itself")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AnswerError(f"{name}: cannot read ({exc.strerror})", hint="check the file's permissions") from None
    return parse_answer(raw, source=name)


def parse_answer(raw: bytes | str, *, source: str) -> Answer:
    if isinstance(raw, bytes):
        if b"\x00" in raw:
            raise AnswerError(f"{source}: looks like a binary file", hint="save the answer as UTF-8 text or Markdown")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise AnswerError(
                f"{source}: not valid UTF-8 (byte {exc.start})", hint="re-save the file as UTF-8"
            ) from None
    else:
        text = raw
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise AnswerError(f"{source}: over the 1 MB limit for one answer", hint="trim it to the answer itself")
    meta, body = split_front_matter(text, source)
    if str(meta.get("format") or "").strip().lower() == "transcript":
        body = transcript_answers(body)
    if not body.strip():
        raise AnswerError(f"{source}: the answer is empty", hint="write the answer below the front matter")
    return Answer(
        text=body.strip(),
        scenario_id=_str_or_none(meta.get("scenario")),
        candidate=_str_or_none(meta.get("candidate")),
        source=source,
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """Split ``---`` YAML front matter from the body. No front matter: empty dict."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            header = "".join(lines[1:i])
            body = "".join(lines[i + 1 :])
            break
    else:
        raise AnswerError(f"{source}: front matter opened with --- is never closed", hint="add a closing --- line")
    if len(header.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise AnswerError(f"{source}: front matter is over the {MAX_FRONT_MATTER_BYTES:,}-byte limit",
                          hint="keep it to a few `key: value` lines")
    simple = _plain_front_matter(header)
    if simple is not None:
        return simple, body
    from mockpm.yamlio import YamlSyntaxError, parse_yaml  # only for front matter beyond plain lines

    try:
        doc = parse_yaml(header, Path(source))
    except YamlSyntaxError as exc:
        where = f"{source}:{exc.line + 1}" if exc.line else source  # +1: the opening --- line
        raise AnswerError(f"{where}: malformed front matter ({exc})", hint="use `key: value` lines") from None
    meta = doc.data if doc.data is not None else {}
    if not isinstance(meta, dict):
        raise AnswerError(f"{source}: front matter must be `key: value` lines", hint="e.g. scenario: sepsis-model")
    for key, line in doc.duplicates:
        raise AnswerError(f"{source}:{line + 1}: duplicate front matter key {key!r}", hint="keep one")
    for key, value in meta.items():
        where = f"{source}:{doc.line_of((key,)) + 1}" if doc.line_of((key,)) else source
        if key not in FRONT_MATTER_KEYS:
            close = difflib.get_close_matches(str(key), sorted(FRONT_MATTER_KEYS), n=1)
            tip = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(sorted(FRONT_MATTER_KEYS))}"
            raise AnswerError(f"{where}: unknown front matter key {key!r}", hint=tip)
        items = value if key in LIST_KEYS and isinstance(value, list) else [value]
        if any(isinstance(v, (list, dict)) for v in items):
            kind = "a list" if isinstance(value, list) else "a mapping"
            want = "a list of words" if key in LIST_KEYS else "one value"
            raise AnswerError(f"{where}: front matter {key!r} is {kind}, expected {want}",
                              hint=f"e.g. {key}: {'[a, b]' if key in LIST_KEYS else 'text'}")
    return meta, body


def _plain_front_matter(header: str) -> dict[str, str] | None:
    """Front matter of known one-value keys with plain values, read without YAML; None for
    anything else (comments, quotes, lists, repeated or unknown keys), which YAML then reads
    and reports on."""
    meta: dict[str, str] = {}
    if not header.replace("\n", "").replace("\r", "").replace("\t", " ").isprintable():
        return None  # control characters: YAML refuses them, with a line number
    for line in header.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        match = _PLAIN_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        if key not in FRONT_MATTER_KEYS or key in LIST_KEYS or key in meta or value.lower() in _YAML_WORDS:
            return None
        meta[key] = value
    return meta


def transcript_answers(body: str) -> str:
    """From a practice transcript, keep only the candidate's words.

    Sections whose heading starts with "Answer" (any level) are the candidate's; the question
    and follow-up prompts are the interviewer's and must not earn keyword credit.
    """
    kept: list[str] = []
    level = 0  # heading level of the answer section we are in, 0 if none
    for line in body.splitlines():
        m = HEADING.match(line)
        if m:
            hashes = len(m.group(1))
            title = line[m.end():].strip().lower()
            if level and hashes > level:
                kept.append(line)
                continue
            level = hashes if title.startswith("answer") else 0
            continue
        if level:
            kept.append(line)
    return "\n".join(kept)
