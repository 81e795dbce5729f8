"""The terminal side of a practice session: rich panels for the interviewer, input three ways.

Input is the built-in editor (prompt_toolkit) when stdin is a terminal, ``$EDITOR`` with
``--editor``, or piped stdin otherwise: read to EOF, a line holding only ``%%`` separating
the main answer from each follow-up answer in turn.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mockpm.errors import AnswerError, UsageError
from mockpm.practice.state import Clock, PracticeState, Turn, mmss

if TYPE_CHECKING:
    from rich.console import Console

    from mockpm.catalog import Library
    from mockpm.models import GradeReport, Scenario

PIPE_SEPARATOR = "%%"


def split_piped(text: str) -> list[str]:
    parts: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == PIPE_SEPARATOR:
            parts.append([])
        else:
            parts[-1].append(line)
    return ["\n".join(p).strip() for p in parts]


def _wrap_lines(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]


class TerminalUI:
    def __init__(self, out: Console, err: Console, *, editor: bool = False, piped: bool | None = None,
                 autosave_interval: float = 3.0, stdin=None) -> None:  # noqa: ANN001
        self.out = out
        self.err = err
        self.editor = editor
        self.stdin = stdin or sys.stdin
        self.piped = (not self.stdin.isatty()) if piped is None else piped
        self.interactive = not self.piped
        self.autosave_interval = autosave_interval
        # Someone typing with stdout redirected still has to see the interviewer: use stderr.
        self.screen = err if self.interactive and not out.is_terminal and err.is_terminal else out
        self._parts: list[str] | None = None
        self._session_id: str | None = None
        self._hint_shown = False
        self._question: str | None = None
        self.coaching = None  # example lines and article titles for the report (set by the command)

    # ------------------------------------------------------------------ choosing

    def choose(self, items: list[Scenario]) -> Scenario:
        from rich import box
        from rich.table import Table

        from mockpm.practice.picker import resolve_choice

        table = Table(title="Pick a scenario", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        cols = [("#", len(str(len(items))), "right"), ("id", max(len(s.id) for s in items), "left"),
                ("round", max(len(s.round) for s in items), "left"), ("min", 3, "right")]

        def room(columns: list) -> int:  # noqa: ANN001
            # each column: one space of padding either side plus a separator; the table edges: two
            return max(10, self.err.width - sum(w for _, w, _ in columns) - 3 * len(columns) - 3)

        title_width = room(cols)
        show_ids = all(len(s.title) <= title_width for s in items)
        if not show_ids:
            # A narrow screen: titles matter more than ids (a number picks just as well), so the
            # id column goes and the title comes right after the number.
            cols = [c for c in cols if c[0] != "id"]
            title_width = room(cols)
        # Whole titles, wrapped at words, whenever the list still fits the screen that way;
        # otherwise one line per scenario with long titles cut short.
        wrapped = sum(len(_wrap_lines(s.title, title_width)) for s in items) + 5 <= self.err.height
        name, width, justify = cols[0]
        table.add_column(name, justify=justify, no_wrap=True, width=width)
        table.add_column("title", no_wrap=not wrapped, overflow="fold" if wrapped else "ellipsis", width=title_width)
        for name, width, justify in cols[1:]:
            table.add_column(name, justify=justify, no_wrap=True, width=width)
        for i, s in enumerate(items, 1):
            rest = [s.id] if show_ids else []
            table.add_row(str(i), s.title, *rest, s.round, str(s.time_limit_minutes))
        self.err.print(table)
        while True:
            try:
                reply = self._line(f"Scenario number or id [1-{len(items)}]: ")
            except EOFError:
                raise UsageError("no scenario chosen", hint="name one, e.g. `mockpm practice sepsis-model`") from None
            chosen = resolve_choice(reply, items)
            if chosen is not None:
                return chosen
            if reply.strip():
                self.err.print(f"{reply.strip()!r} is not in the list; type a number from 1 to {len(items)} or an id.")

    def _line(self, message: str) -> str:
        from prompt_toolkit import PromptSession

        return PromptSession(output=self._pt_output()).prompt(message)

    @staticmethod
    def _pt_output():  # noqa: ANN205
        if not sys.stdout.isatty() and sys.stderr.isatty():
            from prompt_toolkit.output import create_output

            return create_output(stdout=sys.stderr)
        return None

    # ------------------------------------------------------------------ the interview

    def show_question(self, scenario: Scenario, state: PracticeState) -> None:
        from rich.console import Group
        from rich.panel import Panel
        from rich.text import Text

        self._session_id = state.id
        self._question = scenario.question
        body: list = [Text(" ".join(scenario.question.split()), style="bold")]
        if scenario.context.strip():
            body += [Text(""), Text(" ".join(scenario.context.split()))]
        if scenario.constraints:
            from rich.table import Table

            # a grid keeps a wrapped bullet's lines under its text, not under the bullet
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(no_wrap=True)
            bullets.add_column(overflow="fold")
            for c in scenario.constraints:
                bullets.add_row("•", " ".join(c.split()))
            body += [Text(""), bullets]
        limit = f"{state.time_limit_minutes} min" if state.time_limit_minutes else "no timer"
        self.screen.print(Panel(Group(*body), title=f"Interviewer · {scenario.round} · {scenario.title}",
                                title_align="left", subtitle=limit, subtitle_align="right"))

    def show_followup(self, number: int, total: int, question: str) -> None:
        from rich.panel import Panel
        from rich.text import Text

        self.screen.print(Panel(Text(" ".join(question.split()), style="bold"), title=f"Follow-up {number} of {total}",
                                title_align="left", subtitle="empty answer skips it" if self.interactive else None,
                                subtitle_align="right"))

    def answer(self, turn: Turn, clock: Clock, autosave: Callable[[str], None]) -> str:
        if self.piped:
            return self._piped_answer(turn)
        if self.editor:
            return self._editor_answer(turn, clock, autosave)
        from mockpm.practice.editor import HELP_LINE, prompt_answer

        if not self._hint_shown:
            self.err.print(HELP_LINE, style="dim")
            self._hint_shown = True
        text = prompt_answer(
            turn.answer, clock, autosave, interval=self.autosave_interval,
            allow_empty=turn.kind == "followup", on_time_up=self._time_up,
            on_question=lambda: self._question_again(turn),
        )
        return text

    def _question_again(self, turn: Turn) -> None:
        """The question, compact, for a candidate who lost it mid-answer (Ctrl-G)."""
        from rich.panel import Panel
        from rich.text import Text

        body = Text(" ".join((self._question or turn.question).split()), style="bold")
        if turn.kind == "followup":
            body = Text.assemble(body, "\n", ("Follow-up: ", "bold"), " ".join(turn.question.split()))
        self.screen.print(Panel(body, title="The question", title_align="left"))

    def _time_up(self) -> None:
        self.err.print("Time's up. Finish your thought and submit; the overrun goes in the report.", style="bold yellow")

    def _editor_answer(self, turn: Turn, clock: Clock, autosave: Callable[[str], None]) -> str:
        from mockpm.practice import drafts
        from mockpm.practice.editor import editor_answer

        path = drafts.editor_path(self._session_id or "session")
        while True:
            self.err.print(f"Opening your editor on {path} (save and quit to submit)...", style="dim")
            text = editor_answer(turn.answer, path, turn.question)
            autosave(text)
            if text.strip() or turn.kind == "followup":
                break
            self.err.print("The answer is empty; write it in the editor.", style="yellow")
        drafts.discard_editor_file(self._session_id or "session")
        taken = f"{mmss(clock.elapsed)} so far"
        if clock.limit_seconds:
            taken += f" of {mmss(clock.limit_seconds)}" + (" (time's up)" if clock.over else "")
        self.err.print(taken, style="dim")
        return text

    def read_piped(self) -> dict:
        """Read stdin once. Its front matter (scenario, candidate) configures the session and
        is not part of the answer; the rest splits into the answers at ``%%`` lines."""
        from mockpm.answers import MAX_BYTES, split_front_matter

        raw = self.stdin.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise AnswerError("stdin: over the 1 MB limit for one answer", hint="trim it to the answer itself")
        meta, body = split_front_matter(raw.lstrip("\ufeff"), "<stdin>")
        self._parts = split_piped(body)
        return meta

    def _piped_answer(self, turn: Turn) -> str:
        if self._parts is None:
            self.read_piped()
        text = self._parts.pop(0) if self._parts else ""
        if turn.kind == "question" and not text and not turn.answer.strip():
            raise AnswerError("no answer on stdin", hint="pipe the answer text, e.g. `mockpm practice ID < answer.md`")
        # A resumed draft's text comes first; what is piped continues it.
        return "\n\n".join(p for p in (turn.answer.strip(), text) if p)

    def status(self, message: str) -> None:
        self.err.print(message, style="dim")

    # ------------------------------------------------------------------ feedback

    def show_report(self, report: GradeReport, state: PracticeState, transcript: Path) -> None:
        from mockpm.report.pager import page_rendered
        from mockpm.report.terminal import render

        taken = f"Time taken: {mmss(state.elapsed_seconds)}"
        if state.time_limit_minutes:
            limit = state.time_limit_minutes * 60
            taken += f" of {mmss(limit)}"
            if state.elapsed_seconds > limit:
                taken += f" ({mmss(state.elapsed_seconds - limit)} over)"

        def draw(console) -> None:  # noqa: ANN001
            render(report, console, coaching=self.coaching)
            console.print(taken)

        # As `mockpm grade` does: a report longer than the terminal goes through the pager, so
        # the verdict at its top can be read before it scrolls away.
        page_rendered(draw, self.out, allowed=self.interactive)
        self.err.print(f"Transcript saved: {transcript}  (session {state.id})", style="dim")

    def confirm(self, question: str) -> bool:
        try:
            reply = self._line(f"{question} [y/N] ")
        except EOFError:
            return False
        return reply.strip().lower() in ("y", "yes")

    def show_outline(self, scenario: Scenario) -> None:
        from rich.panel import Panel
        from rich.text import Text

        lines = Text("\n").join(Text(f"{i}. {' '.join(p.split())}") for i, p in enumerate(scenario.strong_answer, 1))
        self.out.print(Panel(lines, title="A strong answer covers", title_align="left"))

    def show_followup_feedback(self, replies: list) -> None:
        """How each follow-up reply did on the criteria that follow-up probes."""
        from rich.table import Table
        from rich.text import Text

        from mockpm.practice.followups import FLAG_SAME_POINT
        from mockpm.report.coaching import example_label, headline

        self.out.print(Text("Your follow-up answers", style="bold underline"))
        for r in replies:
            self.out.print(Text(f"Follow-up {r.number}: {' '.join(r.question.split())}", style="bold"))
            if r.skipped:
                self.out.print(Text("  skipped", style="dim"))
                continue
            for c in r.results:
                good = (c.met and c.points > 0) or (c.met is False and c.points < 0)
                mark, style = ("✓", "green") if good else (("?", "magenta") if c.met is None else ("✗", "red"))
                if c.met is None:
                    label = "unscored: "
                elif c.points < 0:
                    label = "avoided red flag: " if good else "red flag: "
                elif FLAG_SAME_POINT in c.flags:
                    label = "not credited, a red flag on the same point: "
                else:
                    label = "" if good else "missed: "
                line = Table.grid(padding=(0, 1))
                line.add_column(no_wrap=True)
                line.add_column(overflow="fold")
                body = Text.assemble((label, style), headline(c))
                example = self.coaching.example(c.id) if self.coaching and not good else None
                if example:
                    body.append(Text.assemble("\n", (example_label(c), "dim"), (f"“{example}”", "italic")))
                line.add_row(Text(f" {mark}", style=style), body)
                self.out.print(line)

    def show_sample(self, sample) -> None:  # noqa: ANN001 - samples.Sample
        from rich.console import Group
        from rich.markdown import Markdown
        from rich.panel import Panel
        from rich.text import Text

        from mockpm.report.safe import printable
        from mockpm.report.sample_text import sample_markdown

        # What makes it strong goes above the answer, whole: a panel caption would cut it.
        body = Group(Text(printable(sample.why), style="dim italic"), Text(""), Markdown(sample_markdown(sample.text)))
        self.out.print(Panel(body, title=f"A strong answer (rated {sample.label}/5)", title_align="left"))

    def show_suggestion(self, text: str) -> None:
        from rich.text import Text

        self.out.print(Text("What to practise next", style="bold underline"))
        self.out.print(Text(text))


def library_paths(state: PracticeState, extra: list[Path] | None) -> list[Path]:
    """The draft's --library folders plus any given now, without repeats."""
    seen: dict[str, Path] = {}
    for p in [*(Path(s) for s in state.library), *(extra or [])]:
        seen.setdefault(str(Path(p).expanduser().resolve()), Path(p))
    return list(seen.values())


def load_for(state: PracticeState, extra: list[Path] | None) -> Library:
    from mockpm.catalog import load_library

    return load_library(library_paths(state, extra))
