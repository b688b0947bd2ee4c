"""The closed word lists editors choose from, and the field types that read them.

Each type validates with a Danish message that lists the allowed words, and carries its own JSON
Schema so the editor's IDE offers the same words.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from datetime import UTC, date, datetime
from enum import Enum
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from macros.periods import EXAMPLES, Period, PeriodError, parse_period


def danish_error(message: str) -> PydanticCustomError:
    """A validation error whose text is shown to the editor as is."""
    # Why the context: pydantic formats {…} in a template; the value itself may contain braces.
    return PydanticCustomError("dansk", "{besked}", {"besked": message})


def join_or(words: list[str]) -> str:
    """'a, b eller c' — the Danish way to list choices."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} eller {words[-1]}"


def shown(value: object) -> str:
    """How a wrong value is quoted back to the editor."""
    if value is None:
        return "en tom værdi"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "en liste"
    if isinstance(value, dict):
        return "en gruppe af felter"
    return f"'{value}'"


class Colour(Enum):
    """Status colour of an indsats, with the seed legend's meaning."""

    GREEN = "grøn"
    YELLOW = "gul"
    RED = "rød"
    GREY = "grå"
    BLUE = "blå"

    @property
    def meaning(self) -> str:
        """The legend text from the follow-up groups' tables."""
        return COLOUR_MEANINGS[self]

    @property
    def label(self) -> str:
        """The Danish word, capitalised for a table cell: "Grøn"."""
        return self.value.capitalize()

    @property
    def plural(self) -> str:
        """The adjective before a plural noun: "Grønne" indsatser, "Grå" indsatser."""
        return {"grøn": "Grønne", "gul": "Gule", "rød": "Røde"}.get(self.value, self.label)

    @property
    def rank(self) -> int:
        """Place when sorting by urgency: rød, gul, grøn, blå, grå."""
        return URGENCY.index(self)

    @property
    def css_name(self) -> str:
        """ASCII name used in CSS classes: "green"."""
        return self.name.lower()


URGENCY = (Colour.RED, Colour.YELLOW, Colour.GREEN, Colour.BLUE, Colour.GREY)

COLOUR_MEANINGS = {
    Colour.GREEN: "Indsatsen forløber planmæssigt",
    Colour.YELLOW: "Indsatsen kræver opmærksomhed i følgegruppen eller afventer afklaringer",
    Colour.RED: "Indsatsen kræver handling i følgegruppen – evt. også i DAK",
    Colour.GREY: "Indsatsen er afsluttet i følgegruppen",
    Colour.BLUE: "Indsatsen afventer igangsættelse",
}


class Section(Enum):
    """The sections of a follow-up group's portfolio table."""

    PRIORITISED = "Prioriterede indsatser"
    SPECIAL = "Særlige opgaver"
    AGREEMENTS = "Aftaler"
    OTHER = "Øvrige opgaver"


class MilestoneStatus(Enum):
    """Status of a programme milestone, in the national table's words."""

    NOT_STARTED = "ej igangsat"
    STARTED = "igangsat"
    DONE = "afsluttet"
    DROPPED = "udgået"


def _word_list_type(enum: type[Enum], noun: str, description: str) -> Any:
    words = [member.value for member in enum]

    def check(value: object) -> Enum:
        if isinstance(value, enum):
            return value
        if isinstance(value, str) and value in words:
            return enum(value)
        raise danish_error(_not_a_word(value, noun, words))

    return Annotated[
        enum,
        PlainValidator(check),
        PlainSerializer(lambda member: member.value),
        WithJsonSchema({"type": "string", "enum": words, "description": description}),
    ]


def _not_a_word(value: object, noun: str, words: list[str]) -> str:
    if isinstance(value, str):
        same_letters = [word for word in words if word.lower() == value.strip().lower()]
        if same_letters:
            return f"{shown(value)} er ikke en gyldig {noun} — skriv {same_letters[0]}"
    return f"{shown(value)} er ikke en gyldig {noun} — brug {join_or(words)}"


ColourField = _word_list_type(
    Colour, "farve", "Farven: grøn, gul, rød, grå eller blå (se farveforklaringen)."
)
SectionField = _word_list_type(Section, "sektion", "Sektionen i følgegruppens tabel.")
MilestoneStatusField = _word_list_type(
    MilestoneStatus, "status", "Milepælens status: ej igangsat, igangsat, afsluttet eller udgået."
)


def _period(value: object) -> Period:
    if isinstance(value, Period):
        return value
    try:
        return parse_period(value)
    except PeriodError as error:
        raise danish_error(str(error)) from None


def _exact_date(value: object) -> date:
    if isinstance(value, date):
        return value
    period = _period(value)
    if not period.is_exact:
        raise danish_error(f"skal være en præcis dato, fx 2018-02-20 — ikke '{period}'")
    return period.start


PeriodField = Annotated[
    Period,
    PlainValidator(_period),
    PlainSerializer(Period.as_yaml),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": f"Dato eller periode, fx {EXAMPLES}.",
            "examples": ["2018-04-09", "april 2018", "2. kvartal 2018", "medio 2019"],
        }
    ),
]

ExactDateField = Annotated[
    date,
    PlainValidator(_exact_date),
    PlainSerializer(date.isoformat),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "En præcis dato skrevet år-måned-dag, fx 2018-02-20.",
            "examples": ["2018-02-20"],
        }
    ),
]

ID_PATTERN = re.compile(r"[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*")
ID_MAX_LENGTH = 60


def slugify(text: str) -> str:
    """Turn a title or a wrong file name into an id an editor could use."""
    words = re.findall(r"[a-z0-9æøå]+", text.lower())
    return "-".join(words)[:ID_MAX_LENGTH].strip("-")


def _reference(value: object) -> str:
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return value
    if isinstance(value, str) and slugify(value):
        raise danish_error(
            f"{shown(value)} er ikke et id — skriv filnavnet uden .yml, fx {slugify(value)}"
        )
    raise danish_error(f"{shown(value)} er ikke et id — skriv filnavnet uden .yml")


ReferenceField = Annotated[
    str,
    PlainValidator(_reference),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{ID_PATTERN.pattern}$",
            "description": "Id'et på en anden fil: filnavnet uden .yml.",
        }
    ),
]


def _whole_number(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        raise danish_error(
            f"{shown(value)} er ikke et helt tal — skriv tallet uden foranstillede nuller "
            f"og uden citationstegn, fx {int(value) or 1}"
        )
    raise danish_error(f"{shown(value)} er ikke et positivt helt tal — skriv fx 3")


PositiveNumberField = Annotated[
    int,
    PlainValidator(_whole_number),
    WithJsonSchema({"type": "integer", "minimum": 1}),
]

_LINK_SCHEMES = ("https://", "http://", "mailto:")
# Whitespace, control characters and the invisible format characters a copy may bring along: a
# link with one of them breaks or points elsewhere. The same class goes into the JSON Schema.
_NOT_IN_LINKS = r"\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff"
_LINK_GAP = re.compile(f"[{_NOT_IN_LINKS}]")
_LINK_PATTERN = f"^(https?://[^/?#{_NOT_IN_LINKS}]|mailto:[^?{_NOT_IN_LINKS}])[^{_NOT_IN_LINKS}]*$"


def _link_address(value: object) -> str:
    if not isinstance(value, str) or not value.lower().startswith(_LINK_SCHEMES):
        raise danish_error(
            f"{shown(value)} er ikke en tilladt adresse — brug en adresse, der starter med "
            "https://, http:// eller mailto:"
        )
    scheme = next(scheme for scheme in _LINK_SCHEMES if value.lower().startswith(scheme))
    gap = _LINK_GAP.search(value)
    if gap is not None:
        # Why not quote the address: the character itself would break the message's line.
        where = f"(tegn nr. {gap.start() + 1})"
        if gap.group() == " ":
            raise danish_error(f"adressen har et mellemrum {where} — skriv det som %20")
        raise danish_error(
            f"adressen har et usynligt tegn {where}, fx en tabulator eller et linjeskift "
            "— slet det; det kommer ofte med, når adressen kopieres"
        )
    if not value.startswith(scheme):
        raise danish_error(
            f"{shown(value)} skal starte med {scheme} skrevet med små bogstaver "
            f"— skriv {scheme}{value[len(scheme) :]}"
        )
    if not _has_host(value, scheme):
        example = "mailto:edi@rsyd.dk" if scheme == "mailto:" else f"{scheme}www.rsyd.dk/…"
        what = "en e-mailadresse" if scheme == "mailto:" else "et domæne"
        raise danish_error(f"{shown(value)} mangler {what} efter {scheme} — skriv fx {example}")
    return value


def _has_host(value: str, scheme: str) -> bool:
    if scheme == "mailto:":
        return bool(value[len(scheme) :].split("?", 1)[0])
    try:
        return bool(urlsplit(value).hostname)
    except ValueError:  # e.g. an unclosed [ of an IPv6 address
        return False


LinkAddressField = Annotated[
    str,
    PlainValidator(_link_address),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _LINK_PATTERN,
            "description": "Adressen; den skal starte med https://, http:// eller mailto: (små "
            "bogstaver) og må ikke have mellemrum.",
        }
    ),
]


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest allowed word, for a "mente du …?" hint."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


class Weekday(Enum):
    """A day in opening hours; "helligdag" means a public holiday from the procedure's list."""

    MONDAY = "mandag"
    TUESDAY = "tirsdag"
    WEDNESDAY = "onsdag"
    THURSDAY = "torsdag"
    FRIDAY = "fredag"
    SATURDAY = "lørdag"
    SUNDAY = "søndag"
    HOLIDAY = "helligdag"


WeekdayField = _word_list_type(
    Weekday, "dag", "En ugedag (mandag … søndag) eller helligdag (dagene i listen helligdage)."
)

# Why [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
CLOCK_PATTERN = re.compile(r"([01][0-9]|2[0-4]):([0-5][0-9])")


def _clock(value: object) -> str:
    if isinstance(value, str) and CLOCK_PATTERN.fullmatch(value.strip()):
        text = value.strip()
        if text <= "24:00":
            return text
    if isinstance(value, str) and re.fullmatch(r"[0-9]:[0-5][0-9]", value.strip()):
        padded = "0" + value.strip()
        raise danish_error(f'{shown(value)} skal have to cifre i timetallet — skriv "{padded}"')
    if isinstance(value, int):
        raise danish_error(
            f'{shown(value)} er ikke et klokkeslæt — skriv det i anførselstegn, fx "08:00"'
        )
    raise danish_error(f'{shown(value)} er ikke et klokkeslæt — skriv fx "08:00" eller "15:45"')


ClockField = Annotated[
    str,
    PlainValidator(_clock),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
            "description": 'Klokkeslæt som "TT:MM" i anførselstegn, fx "08:00".',
            "examples": ["08:00", "15:45"],
        }
    ),
]

PHONE_PATTERN = re.compile(r"(?:\+45|0045)?([0-9]{8})")


def _phone(value: object) -> str:
    """A Danish phone number, shown in pairs: "24 90 87 31".

    Why NFKC: full-width digits (２４) are the digits 24 typed in another width, and NFKC makes
    them ASCII; other scripts' digits stay what they are and are refused, as a tel: link with
    them cannot be dialled.
    """
    text = unicodedata.normalize("NFKC", value) if isinstance(value, str) else str(value)
    digits = re.sub(r"[\s-]", "", text)
    if any(character.isdigit() and not character.isascii() for character in digits):
        raise danish_error(
            f"{shown(value)} har cifre, der ikke er 0–9 — skriv nummeret med almindelige cifre, "
            "fx 24 90 87 31"
        )
    match = PHONE_PATTERN.fullmatch(digits)
    if match is None or isinstance(value, bool):
        raise danish_error(
            f"{shown(value)} er ikke et dansk telefonnummer — skriv 8 cifre, fx 24 90 87 31"
        )
    number = match.group(1)
    return " ".join(number[i : i + 2] for i in range(0, 8, 2))


PhoneField = Annotated[
    str,
    PlainValidator(_phone),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": "Dansk telefonnummer med 8 cifre, fx 24 90 87 31.",
            "examples": ["24 90 87 31"],
        }
    ),
]

EMAIL_PATTERN = re.compile(r"[^@\s?&,;<>\"]+@[^@\s?&,;<>\"]+\.[a-z]{2,}", re.IGNORECASE)


def _email(value: object) -> str:
    if isinstance(value, str) and EMAIL_PATTERN.fullmatch(value.strip()):
        return value.strip()
    raise danish_error(f"{shown(value)} er ikke en e-mailadresse — skriv fx edi@rsyd.dk")


EmailField = Annotated[
    str,
    PlainValidator(_email),
    WithJsonSchema({"type": "string", "format": "email", "description": "E-mailadresse."}),
]


class NoticeKind(Enum):
    """Whether an outage notice is about a planned shutdown or an acute outage."""

    PLANNED = "planlagt"
    ACUTE = "akut"

    @property
    def label(self) -> str:
        """The kind in words: "Planlagt nedlukning" or "Akut nedbrud"."""
        return "Planlagt nedlukning" if self is NoticeKind.PLANNED else "Akut nedbrud"


NoticeKindField = _word_list_type(NoticeKind, "type", "planlagt eller akut.")

DANISH_TIME = ZoneInfo("Europe/Copenhagen")
MOMENT_PATTERN = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([01][0-9]|2[0-3]):([0-5][0-9])")


def moment_text(moment: datetime) -> str:
    """A moment as editors write it: "2026-12-05 18:00"."""
    return f"{moment:%Y-%m-%d %H:%M}"


def _moment(value: object) -> datetime:
    text = value.strip() if isinstance(value, str) else ""
    match = MOMENT_PATTERN.fullmatch(text)
    if match is None:
        raise danish_error(
            f"{shown(value)} er ikke et tidspunkt — skriv dato og klokkeslæt i anførselstegn, "
            'fx "2026-12-05 18:00"'
        )
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        raise danish_error(f"{shown(value)} er ikke en dato, der findes") from None
    hour, minute = int(match.group(2)), int(match.group(3))
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=DANISH_TIME)
    # Why: on the night summer time begins, 02:00–02:59 does not exist in Denmark.
    if moment.astimezone(UTC).astimezone(DANISH_TIME).replace(tzinfo=None) != moment.replace(
        tzinfo=None
    ):
        raise danish_error(
            f"{shown(value)} findes ikke i dansk tid (uret springer fra 02:00 til 03:00) "
            "— skriv fx 03:00"
        )
    return moment


MomentField = Annotated[
    datetime,
    PlainValidator(_moment),
    PlainSerializer(lambda moment: moment_text(moment)),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9]$",
            "description": 'Dansk tid som "ÅÅÅÅ-MM-DD TT:MM", fx "2026-12-05 18:00".',
            "examples": ["2026-12-05 18:00"],
        }
    ),
]
