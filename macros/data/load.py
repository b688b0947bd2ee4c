"""Stage 1, load: one YAML file → a tree of nodes that remember their line and column.

Only the safe subset an editor needs is accepted: mappings, lists and scalars. Anchors, aliases,
explicit tags, duplicate keys, several documents, control characters (raw or written as escapes),
non-UTF-8 and oversized files are rejected with a Danish message, and so is anything but a
regular file: a link is never followed, not even to read what it points to. Plain scalars are
typed by YAML 1.2 core rules only (null, true/false, decimal integers); everything else stays the
text the editor wrote — so `8:00` is never 480, `NO` never false, `0101` never 65 and
`2018-04-09` never a date object. The validate stage decides what a text means, with the field
in hand.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml import events

from macros.core.issues import Issue
from macros.data.quotes import quote_issue

try:  # libyaml parses ten times faster; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _EventSource
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader as _EventSource  # type: ignore[assignment]

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 20

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLEANS = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
# Unicode category Cc except tab and newline. The YAML reader refuses these characters written
# raw, but an escape in double quotes ("\e", "\0", "\x85", "\r") makes them after decoding;
# checked on every scalar, keys included, so no text field of any kind can carry one onwards
# (openpyxl refuses them in the XLSX export, and a terminal obeys them).
CONTROL_CHARACTERS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
"""The refused characters as the inside of a regex class; the JSON Schema refuses them too."""
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")


@dataclass(frozen=True, slots=True)
class Scalar:
    """A single value. `value` is typed by YAML 1.2 core rules; `text` is what was written."""

    value: str | int | bool | None
    text: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Sequence:
    """A list, `- item` or `[a, b]`."""

    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Mapping:
    """Fields, `key: value`; keys are scalars in the order written, without duplicates."""

    entries: tuple[tuple[Scalar, Node], ...]
    line: int
    column: int


Node = Scalar | Sequence | Mapping


@dataclass(frozen=True, slots=True)
class Document:
    """One loaded file: its display path and its top-level mapping."""

    file: str
    root: Mapping


def load_document(path: Path, display: str) -> tuple[Document | None, list[Issue]]:
    """Read one file; return its document, or None and the reasons it cannot be read.

    Args:
        path: the file on disk.
        display: the path used in messages, e.g. ``portfolio/indsatser/dræn.yml``.

    Returns:
        The document (None when unreadable) and every problem found while reading it.
    """
    text, problem = _read_text(path, display)
    if text is None:
        return None, [problem] if problem else []
    composer = _Composer(display)
    try:
        root = composer.compose(yaml.parse(text, Loader=_EventSource))
    except _TooDeep as too_deep:
        return None, [too_deep.issue]
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_issue(display, error, text)]
    except yaml.reader.ReaderError as error:
        # libyaml counts bytes of the UTF-8 text, not characters.
        line, column = _position(text, len(text.encode()[: error.position].decode(errors="ignore")))
        return None, [Issue(display, line, column, "", _READER_MESSAGE)]
    issues = composer.issues
    if composer.untrusted:
        return None, issues
    if root is None:
        issues.append(Issue(display, 1, 1, "", "filen er tom — skriv felterne, fx titel: …"))
        return None, issues
    if not isinstance(root, Mapping):
        issues.append(
            Issue(
                display,
                root.line,
                root.column,
                "",
                "filen skal bestå af felter på formen 'navn: værdi' fra første kolonne",
            )
        )
        return None, issues
    return Document(display, root), issues


LINK_MESSAGE = (
    "dette er et link (symlink) til en anden fil eller mappe — kun almindelige filer, "
    "der ligger i portfolio/, læses; slet linket, og læg selve filen eller mappen her"
)
NOT_A_FILE_MESSAGE = (
    "dette er ikke en almindelig fil, men fx en pipe (FIFO), en socket eller en enhed — "
    "kun almindelige filer i portfolio/ læses; slet den"
)

_UNREADABLE = {
    0: "filen kan ikke læses — tjek, at den findes og kan åbnes",
    errno.ENOENT: "filen findes ikke længere (slettet, mens den blev læst) — kør valideringen igen",
    errno.EACCES: "der er ikke adgang til at læse filen — ret filens rettigheder",
    # O_NOFOLLOW: the file was a link when it was opened.
    errno.ELOOP: LINK_MESSAGE,
    # O_NONBLOCK: a socket cannot be opened like a file.
    errno.ENXIO: NOT_A_FILE_MESSAGE,
}

_READER_MESSAGE = (
    "filen indeholder et usynligt kontroltegn — slet tegnet, eller skriv teksten ind igen"
)


# Why each flag: O_NOFOLLOW refuses a link even if one replaced the file after the folder was
# listed (the race between looking and opening; a folder on the way swapped for a link in that
# moment is not caught, but that takes write access to the checkout during the build);
# O_NONBLOCK keeps a FIFO put there from hanging the open, waiting for a writer. What was opened
# is then judged by fstat, not by its name.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class _NotAFile(Exception):
    """Internal signal: what was opened is not a regular file; never leaves this module."""


def _read_regular_file(path: Path) -> tuple[bytes | None, int]:
    """The bytes of a regular file (None when too big, then unread) and its size in bytes.

    Raises:
        OSError: when it cannot be opened; ELOOP when it is a link.
        _NotAFile: when it is a FIFO, a socket, a device or a folder.
    """
    descriptor = os.open(path, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _NotAFile
        if status.st_size > MAX_FILE_BYTES:
            return None, status.st_size
        # One byte more than allowed: the file may have grown since fstat.
        data = handle.read(MAX_FILE_BYTES + 1)
    return (data, len(data)) if len(data) <= MAX_FILE_BYTES else (None, len(data))


# Why refused before parsing: libyaml takes these for line breaks (NEL is what a Windows "…"
# becomes when read as Latin-1), so every line number after one would be off, and inside quotes
# it turns into a space without a word. Written as escapes they are refused like other controls.
_RAW_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def _read_text(path: Path, display: str) -> tuple[str | None, Issue | None]:
    try:
        data, size = _read_regular_file(path)
    except _NotAFile:
        return None, Issue(display, 1, 1, "", NOT_A_FILE_MESSAGE)
    except OSError as error:
        return None, Issue(display, 1, 1, "", _UNREADABLE.get(error.errno or 0, _UNREADABLE[0]))
    if data is None:
        return None, Issue(
            display,
            1,
            1,
            "",
            f"filen fylder {size // 1024} KB — en fil må højst fylde "
            f"{MAX_FILE_BYTES // 1024} KB; del indholdet op, eller kort teksten ned",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, _not_utf8(display, data, error)
    odd_break = _RAW_LINE_BREAKS.search(text)
    if odd_break is not None:
        return None, Issue(display, *_position(text, odd_break.start()), "", _READER_MESSAGE)
    return text, None


def _not_utf8(display: str, data: bytes, error: UnicodeDecodeError) -> Issue:
    offset = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return Issue(
        display,
        line,
        column,
        "",
        f"filen er ikke gemt som UTF-8 (byte 0x{data[offset]:02X}) — "
        "gem den som UTF-8 i din editor",
    )


def _position(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


class _TooDeep(Exception):
    """Internal signal: nesting too deep; never leaves this module."""

    def __init__(self, issue: Issue) -> None:
        self.issue = issue


class _Composer:
    """Builds nodes from parser events and notes every construct we do not allow."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.issues: list[Issue] = []
        self.depth = 0
        # Why: after an alias or a tag the values are not what the editor meant; validating them
        # would only add confusing follow-on messages.
        self.untrusted = False

    def compose(self, stream: Iterator[events.Event]) -> Node | None:
        root: Node | None = None
        for event in stream:
            if isinstance(event, events.DocumentStartEvent):
                if root is not None:
                    self._note(
                        event,
                        "filen indeholder flere YAML-dokumenter (---) — én indsats, "
                        "milepæl, gruppe eller ét program pr. fil",
                    )
                    return root
                root = self._node(next(stream), stream)
        return root

    def _note(self, event: events.Event, message: str) -> None:
        self.issues.append(Issue(self.display, *_at(event), "", message))

    def _node(self, event: events.Event, stream: Iterator[events.Event]) -> Node:
        if isinstance(event, events.AliasEvent):
            self.untrusted = True
            self._note(event, f"aliaset *{event.anchor} er ikke tilladt — skriv værdien ud her")
            return self._scalar(event, None, "")
        assert isinstance(event, events.NodeEvent)
        self._check_anchor_and_tag(event)
        if isinstance(event, events.ScalarEvent):
            if _CONTROL.search(event.value):
                self._note(event, _READER_MESSAGE)
            plain = event.implicit[0] and event.style in (None, "")
            value = _plain_value(event.value) if plain else event.value
            return self._scalar(event, value, event.value)
        if isinstance(event, events.SequenceStartEvent):
            return self._sequence(event, stream)
        return self._mapping(event, stream)

    def _check_anchor_and_tag(self, event: events.NodeEvent) -> None:
        if event.anchor is not None:
            self._note(
                event,
                f"ankeret &{event.anchor} er ikke tilladt — skriv værdien ud "
                "hvert sted, den skal bruges",
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            self.untrusted = True
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self._note(
                event,
                f"YAML-tagget {shown} er ikke tilladt — skriv værdien uden tag; "
                "sæt citationstegn om den, hvis den skal læses som tekst",
            )

    def _scalar(self, event: events.Event, value: str | int | bool | None, text: str) -> Scalar:
        return Scalar(value, text, *_at(event))

    def _enter(self, event: events.Event) -> None:
        # Why: a file of nested brackets would otherwise exhaust Python's recursion limit.
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(
                Issue(
                    self.display,
                    *_at(event),
                    "",
                    f"værdierne er indlejret mere end "
                    f"{MAX_DEPTH} niveauer — skriv felterne fladere",
                )
            )

    def _sequence(self, start: events.Event, stream: Iterator[events.Event]) -> Sequence:
        self._enter(start)
        items: list[Node] = []
        for event in stream:
            if isinstance(event, events.SequenceEndEvent):
                break
            items.append(self._node(event, stream))
        self.depth -= 1
        return Sequence(tuple(items), *_at(start))

    def _mapping(self, start: events.Event, stream: Iterator[events.Event]) -> Mapping:
        self._enter(start)
        entries: list[tuple[Scalar, Node]] = []
        first_seen: dict[str, Scalar] = {}
        for event in stream:
            if isinstance(event, events.MappingEndEvent):
                break
            key_node = self._node(event, stream)
            value = self._node(next(stream), stream)
            key = self._key(key_node)
            if key is None:
                continue
            if key.text in first_seen:
                self._duplicate(key, first_seen[key.text])
                continue
            first_seen[key.text] = key
            entries.append((key, value))
        self.depth -= 1
        return Mapping(tuple(entries), *_at(start))

    def _key(self, node: Node) -> Scalar | None:
        if isinstance(node, Scalar):
            return node
        self.issues.append(
            Issue(
                self.display,
                node.line,
                node.column,
                "",
                "et feltnavn skal være et enkelt ord, ikke en liste eller en gruppe",
            )
        )
        return None

    def _duplicate(self, key: Scalar, first: Scalar) -> None:
        self.issues.append(
            Issue(
                self.display,
                key.line,
                key.column,
                key.text,
                f"feltet står to gange (første gang i linje {first.line}) — slet det ene",
            )
        )


def _at(event: events.Event) -> tuple[int, int]:
    """1-based line and column where an event starts."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _plain_value(text: str) -> str | int | bool | None:
    if text in _NULLS:
        return None
    if text in _BOOLEANS:
        return _BOOLEANS[text]
    if _DECIMAL.fullmatch(text):
        return int(text)
    return text


# What libyaml says, and what the editor is told instead (explained in content/redaktører.md).
SYNTAX_MESSAGES = (
    (
        "mapping values are not allowed",
        "et kolon står et sted, hvor det ikke må — er det et nyt felt, så start det i samme "
        "kolonne som felterne over; er det tekst, så sæt citationstegn om den",
    ),
    (
        "could not find expected ':'",
        "der mangler et kolon efter feltnavnet, eller en tekst "
        "fortsætter på en ny linje uden at være rykket ind",
    ),
    (
        "did not find expected key",
        "indrykningen passer ikke — felter på samme niveau skal starte i samme kolonne",
    ),
    (
        "did not find expected '-' indicator",
        "listen er rykket forkert ind — alle punkter skal starte med '- ' i samme kolonne",
    ),
    (
        "block sequence entries are not allowed",
        "en liste (- …) står et sted, hvor den ikke må "
        "— ryk den ind under feltnavnet på en ny linje",
    ),
    (
        "cannot start any token",
        "værdien starter med et tegn, der ikke må stå først (fx @, ` "
        "eller %) — sæt citationstegn om værdien",
    ),
    (
        "unknown escape character",
        "ukendt tegn efter \\ i en tekst i dobbelte citationstegn "
        "— brug enkelte citationstegn, eller skriv \\\\",
    ),
    (
        "found unexpected end of stream",
        "et citationstegn er ikke lukket — slut teksten med "
        "det samme citationstegn, som den startede med",
    ),
    ("did not find expected ',' or ']'", "en liste i [ ] er ikke lukket rigtigt — tjek komma og ]"),
    ("did not find expected ',' or '}'", "felter i { } er ikke lukket rigtigt — tjek komma og }"),
    (
        "did not find expected node content",
        "der mangler en værdi her — skriv værdien efter kolonet, eller sæt citationstegn om den",
    ),
    (
        "did not find expected alphabetic or numeric character",
        "et anker (&) eller alias (*) "
        "er ikke tilladt — sæt citationstegn om værdien, hvis tegnet hører til teksten",
    ),
)


_TAB_MESSAGE = "tabulatortegn må ikke bruges til indrykning — brug mellemrum"


def _syntax_issue(display: str, error: yaml.MarkedYAMLError, text: str) -> Issue:
    quoted = quote_issue(display, error, text, _EventSource)
    if quoted is not None:
        return quoted
    unclosed = _unclosed_brackets(display, error)
    if unclosed is not None:
        return unclosed
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines()
    if line <= len(lines) and "\t" in lines[line - 1][:column]:
        return Issue(display, line, column, "", f"YAML-fejl: {_TAB_MESSAGE}")
    problem = f"{error.problem or ''} {error.context or ''}"
    for needle, message in SYNTAX_MESSAGES:
        if needle in problem:
            return Issue(display, line, column, "", f"YAML-fejl: {message}")
    return Issue(
        display,
        line,
        column,
        "",
        "YAML-fejl: filen kan ikke læses her — tjek indrykning, kolon og "
        "citationstegn på linjen og linjen før",
    )


_BRACKETS = {"flow sequence": ("en liste", "[", "]"), "flow mapping": ("felterne", "{", "}")}


def _unclosed_brackets(display: str, error: yaml.MarkedYAMLError) -> Issue | None:
    """A list in [ ] or fields in { } not closed: reported where the bracket opens.

    Why: the parser stops where it notices, often on a later line with the next field.
    """
    opening, stopped = error.context_mark, error.problem_mark
    kind = next((words for key, words in _BRACKETS.items() if key in (error.context or "")), None)
    if kind is None or opening is None or stopped is None or opening.line == stopped.line:
        return None
    what, opens, closes = kind
    return Issue(
        display,
        opening.line + 1,
        opening.column + 1,
        "",
        f"YAML-fejl: {what} i {opens} {closes}, der starter i linje {opening.line + 1}, er ikke "
        f"lukket (YAML-læseren gik i stå i linje {stopped.line + 1}) — tjek komma og {closes}",
    )
