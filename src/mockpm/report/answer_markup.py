"""An answer as safe HTML: escaped first, then a small Markdown subset, with evidence highlighted.

Candidates write Markdown (``**bold**``, lists, headings); a coach should read it formatted, not
as asterisks. Nothing the candidate wrote ever becomes a tag: the text is HTML-escaped before any
markup is added, and only these forms are recognised: ``#`` headings, ``-``/``*``/``1.`` list items,
blank-line paragraphs, ``**strong**``, ``*em*``/``_em_`` and `` `code` ``. Links and raw HTML
stay visible as text.

Evidence quoted by the grader is located in the answer and each overlapping group of quotes
becomes one numbered ``<mark>``, so a sentence three criteria point at is shown once.
"""

from __future__ import annotations

import html
import re

from pydantic import BaseModel, Field

# Private-use characters mark highlight boundaries through escaping and Markdown; the answer's own
# copies of them are removed first so a candidate cannot forge a highlight.
_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"
_SENTINELS = re.compile("[\ue000-\ue002]")
_QUOTE_TRIM = " \t\n\"'“”‘’.…"
MAX_EVIDENCE_CHARS = 2000  # a quote longer than this is not looked for (bounded regex work)
# A page embeds at most what was graded (grading reads the first MAX_READ_WORDS words), and no
# more than this many characters of it, so a pasted book adds ~20 KB, not megabytes, per answer.
EMBED_CHARS = 20_000
_WORD = re.compile(r"\S+")


def embedded_part(text: str) -> tuple[str, int]:
    """The part of an answer a page shows, and how many words are left out (0: all of it)."""
    from mockpm.guards import MAX_READ_WORDS

    for i, m in enumerate(_WORD.finditer(text, 0, EMBED_CHARS + 1)):
        if m.end() > EMBED_CHARS or i == MAX_READ_WORDS:
            cut = m.start() or EMBED_CHARS  # one endless "word": cut it at the budget
            break
    else:
        cut = min(len(text), EMBED_CHARS)  # no word crosses the budget: it ends in whitespace
    if cut >= len(text.rstrip()):
        return text, 0
    return text[:cut].rstrip(), sum(1 for _ in _WORD.finditer(text, cut))


class Highlight(BaseModel):
    number: int
    start: int
    end: int
    criteria: list[str] = Field(default_factory=list)


class MarkedAnswer(BaseModel):
    html: str
    highlights: list[Highlight]
    refs: dict[str, list[int]]  # criterion id -> highlight numbers
    unplaced: dict[str, list[str]]  # criterion id -> quotes not found in the answer (shown once each)


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``, ignoring case and runs of whitespace; None when absent."""
    words = quote.strip(_QUOTE_TRIM).split()
    if not words or len(quote) > MAX_EVIDENCE_CHARS:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    if not m:
        return None
    start, end = m.start(), m.end()
    # never split an emphasis marker ("*|*bold**"): a mark boundary inside one would stop it rendering
    while start > 0 and text[start - 1] in "*_`":
        start -= 1
    while end < len(text) and text[end] in "*_`":
        end += 1
    return start, end


def mark_answer(text: str, evidence: dict[str, list[str]], *, anchor: str) -> MarkedAnswer:
    """``evidence`` maps criterion id -> quotes; returns the answer's HTML and which mark each criterion cites."""
    text = _SENTINELS.sub("", text)
    spans: list[tuple[int, int, str]] = []
    unplaced: dict[str, list[str]] = {}
    seen_unplaced: set[str] = set()
    for cid, quotes in evidence.items():
        for q in quotes:
            where = locate(text, q)
            if where is not None:
                spans.append((*where, cid))
            elif q.strip() and q.strip().lower() not in seen_unplaced:
                seen_unplaced.add(q.strip().lower())
                unplaced.setdefault(cid, []).append(q.strip())
    highlights: list[Highlight] = []
    for start, end, cid in sorted(spans):
        last = highlights[-1] if highlights else None
        if last is not None and start <= last.end:  # overlapping quotes: one mark
            last.end = max(last.end, end)
            if cid not in last.criteria:
                last.criteria.append(cid)
        else:
            highlights.append(Highlight(number=len(highlights) + 1, start=start, end=end, criteria=[cid]))
    refs: dict[str, list[int]] = {}
    for h in highlights:
        for cid in h.criteria:
            refs.setdefault(cid, []).append(h.number)
    return MarkedAnswer(html=render_markdown(_insert_marks(text, highlights), anchor=anchor),
                        highlights=highlights, refs=refs, unplaced=unplaced)


def _insert_marks(text: str, highlights: list[Highlight]) -> str:
    out: list[str] = []
    pos = 0
    for h in highlights:
        out.append(text[pos:h.start])
        # a mark never spans lines, so it never spans blocks: each line of a quote gets its own
        lines = text[h.start:h.end].split("\n")
        pieces = [f"{_OPEN}{h.number if i == 0 else ''}{_SEP}{line}{_CLOSE}" if line.strip() else line
                  for i, line in enumerate(lines)]
        out.append("\n".join(pieces))
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")


def _inline(escaped: str) -> str:
    parts = _CODE.split(escaped)
    for i in range(0, len(parts), 2):
        p = _STRONG.sub(r"<strong>\2</strong>", parts[i])
        parts[i] = _EM.sub(lambda m: f"<em>{m.group(1) or m.group(2)}</em>", p)
    for i in range(1, len(parts), 2):
        parts[i] = f"<code>{parts[i]}</code>"
    return "".join(parts)


def render_markdown(text: str, *, anchor: str = "a") -> str:
    """Escaped text -> a few block and inline forms -> HTML; highlight sentinels become ``<mark>``."""
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []
    list_tag = "ul"

    def close() -> None:
        nonlocal para, items
        if para:
            blocks.append("<p>" + _inline("\n".join(para)) + "</p>")
            para = []
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + f"</{list_tag}>")
            items = []

    for raw in html.escape(text, quote=True).splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        if not line.strip():
            close()
        elif heading:
            close()
            blocks.append(f"<h4>{_inline(heading.group(2))}</h4>")
        elif bullet:
            if para:
                close()
            if not items:
                list_tag = "ol" if _ORDERED.match(line) else "ul"
            items.append(bullet.group(1))
        elif items:  # a wrapped list item
            items[-1] += "\n" + line.strip()
        else:
            para.append(line)
    close()
    body = "\n".join(blocks)

    def _open(m: re.Match[str]) -> str:
        n = m.group(1)
        if not n:
            return "<mark>"
        return f'<mark id="{anchor}-e{n}"><sup>{n}</sup>'

    body = re.sub(f"{_OPEN}(\\d*){_SEP}", _open, body)
    return body.replace(_CLOSE, "</mark>")
