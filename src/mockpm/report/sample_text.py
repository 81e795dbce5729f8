"""A shipped sample answer as a candidate reads it: Markdown with its headings kept apart."""

from __future__ import annotations

import re

from mockpm.report.safe import printable

# A line that is only bold text ("**Weeks 1-3: is the 0.86 honest?**") is a heading in these
# answers; Markdown would join it to the next line as one paragraph.
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*:?\s*$")

CANDIDATE_KINDS = ("strong", "good", "weak")  # the other kinds are test material for the grader


def sample_markdown(text: str) -> str:
    """The sample's Markdown, terminal-safe, with bold-only lines turned into headings."""
    out: list[str] = []
    for line in printable(text).splitlines():
        m = _BOLD_LINE.match(line)
        if m:
            if out and out[-1].strip():
                out.append("")
            out += [f"#### {m.group(2).strip()}", ""]
        else:
            out.append(line)
    return "\n".join(out)
