"""Strict YAML reading that remembers where every key came from.

PyYAML (with its C parser when present) builds plain Python objects; we record the line of
each mapping key and sequence item so validation errors can say ``file:line``. Duplicate keys,
which PyYAML silently overwrites, are reported as errors.

Every file is written by a stranger: anchors and aliases (``&name``, ``*name``) are refused
before anything is built, so a kilobyte of nested aliases (a "billion laughs") cannot expand
into gigabytes; callers cap the size of the text they pass in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines: dict[int, dict[Any, int]] = {}
        self.duplicates: list[tuple[str, int]] = []

    def construct_mapping(self, node, deep=False):  # noqa: ANN001 - PyYAML signature
        mapping = super().construct_mapping(node, deep=True)
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                self.duplicates.append((str(key), line))
            seen[key] = line
        self.lines[id(mapping)] = seen
        return mapping

    def construct_sequence(self, node, deep=False):  # noqa: ANN001
        seq = super().construct_sequence(node, deep=True)
        self.lines[id(seq)] = {i: item.start_mark.line + 1 for i, item in enumerate(node.value)}
        return seq


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)


@dataclass
class YamlDoc:
    path: Path
    data: Any
    lines: dict[int, dict[Any, int]] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        """Line of the deepest part of a pydantic error location that we can place."""
        node, line = self.data, None
        for part in loc:
            table = self.lines.get(id(node))
            if table is None or part not in table:
                break
            line = table[part]
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        return line


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _first_anchor(text: str) -> Any:
    """The first anchor (``&name``) or alias (``*name``) token, found by the scanner alone, so a
    "billion laughs" is refused before a single node is composed."""
    if "&" not in text and "*" not in text:
        return None
    scanner = _Base(text)
    try:
        while scanner.check_token():
            token = scanner.get_token()
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                return token
    finally:
        scanner.dispose()
    return None


def parse_yaml(text: str, path: Path) -> YamlDoc:
    loader = _LineLoader(text)
    try:
        anchor = _first_anchor(text)
        if anchor is not None:
            raise YamlSyntaxError("YAML anchors and aliases (&name, *name) are not allowed; write each value out",
                                  anchor.start_mark.line + 1)
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An unclosed bracket or quote is only noticed at the end of the text; the line where it
        # was opened (the context) is the one to fix.
        if exc.context_mark is not None and mark is not None and mark.index >= len(text.rstrip()):
            mark = exc.context_mark
        line = mark.line + 1 if mark else None
        raise YamlSyntaxError(f"invalid YAML: {exc.problem or exc}", line) from None
    except yaml.reader.ReaderError as exc:  # a control character: name it and its line, on one line
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        ch = exc.character
        code = ch if isinstance(ch, int) else ord(ch) if isinstance(ch, str) and len(ch) == 1 else None
        what = f"a control character (U+{code:04X})" if code is not None else "a character"
        raise YamlSyntaxError(f"invalid YAML: {what} is not allowed", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"invalid YAML: {' '.join(str(exc).split())}", None) from None
    finally:
        loader.dispose()
    return YamlDoc(path=path, data=data, lines=loader.lines, duplicates=loader.duplicates)
