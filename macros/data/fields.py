"""The closed word lists editors choose from, and the field types that read them.

Each type validates with a Danish message that lists the allowed words, and carries its own JSON
Schema so the editor's IDE offers the same words.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from macros.core.clock import DANISH_TIME
from macros.core.money import (
    AMOUNT_ADVICE,
    AMOUNT_EXAMPLES,
    SHARE_ADVICE,
    SHARE_WANTED,
    MoneyError,
    amount_grammar,
    parse_kroner,
    parse_share,
    share_grammar,
    unnamed,
)
from macros.core.period_parser import parse_period
from macros.core.periods import EXAMPLES, FIRST_YEAR, LAST_YEAR, MORE_EXAMPLES, Period, PeriodError
from macros.data.load import CONTROL_CHARACTERS
from macros.data.patterns import (
    WHITESPACE,
    exact_date_pattern,
    moment_pattern,
    period_pattern,
    phone_pattern,
    strip_wrapped,
    text_pattern,
)


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


def text_json_schema(max_length: int) -> dict[str, Any]:
    """The JSON Schema of a free text of 1 to `max_length` characters.

    The length counts once the whitespace around the text is stripped, as the models do; a
    control character is refused, as the loader does. Why a number too: the models take 2018
    as the text "2018", and VS Code reads 1.5 as a number.
    """
    return {
        "type": ["string", "number"],
        "pattern": text_pattern(max_length),
        "patternErrorMessage": f"Skriv en tekst på 1 til {max_length} tegn uden usynlige "
        "kontroltegn.",
    }


MILESTONE_NUMBER = r"[0-9]+(?:\.[0-9]+)*[A-Za-z]?"
"""8, 8.1 or 6.1A; the model strips whitespace around it first."""

MILESTONE_NUMBER_JSON_SCHEMA = {
    "type": ["string", "number"],
    "pattern": strip_wrapped(MILESTONE_NUMBER),
    "minimum": 0,
    "patternErrorMessage": 'Ikke et milepælsnummer — skriv fx "8.1" eller "6.1A".',
}


class Colour(Enum):
    """Status colour of an indsats; what each means is the portfolio's setting (Settings)."""

    GREEN = "grøn"
    YELLOW = "gul"
    RED = "rød"
    GREY = "grå"
    BLUE = "blå"

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


class Section(Enum):
    """The sections of a responsible group's portfolio table."""

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
SectionField = _word_list_type(Section, "sektion", "Sektionen i gruppens tabel.")
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
            "pattern": period_pattern(),
            "minimum": FIRST_YEAR,
            "maximum": LAST_YEAR,
            "description": f"Dato eller periode, fx {EXAMPLES}; også {MORE_EXAMPLES}.",
            "patternErrorMessage": "Ikke en dato eller periode, der findes (tjek stavning, "
            f"måned, dag og år) — skriv fx {EXAMPLES}.",
            "examples": [
                "2018-04-09",
                "april 2018",
                "2. kvartal 2018",
                "medio 2019",
                "foråret 2019",
                "marts – maj 2019",
                "senest marts 2019",
            ],
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
            "pattern": exact_date_pattern(),
            "description": "En præcis dato skrevet år-måned-dag, fx 2018-02-20.",
            "patternErrorMessage": "Ikke en præcis dato, der findes — skriv fx 2018-02-20.",
            "examples": ["2018-02-20"],
        }
    ),
]

ID_PATTERN = re.compile(r"[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*")
ID_MAX_LENGTH = 60


def _without_accents(text: str) -> str:
    """é as e, ü as u and so on; the Danish æ, ø and å stay as they are."""
    return "".join(
        character
        if character in "æøå"
        else "".join(
            c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c)
        )
        for character in text
    )


def slugify(text: str) -> str:
    """Turn a title or a wrong file name into an id an editor could use.

    A long title is cut after its last whole word that fits, never inside a word.
    """
    words = re.findall(r"[a-z0-9æøå]+", _without_accents(text.lower()))
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > ID_MAX_LENGTH:
            break
        kept.append(word)
    return "-".join(kept) if kept else "-".join(words)[:ID_MAX_LENGTH].strip("-")


def _an_id(value: object, advice: str) -> str:
    """`value` if it is an id; otherwise the Danish `advice`, with the id it could have been."""
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return value
    example = slugify(value) if isinstance(value, str) else ""
    raise danish_error(f"{shown(value)} {advice}" + (f", fx {example}" if example else ""))


def _reference(value: object) -> str:
    return _an_id(value, "er ikke et id — skriv filnavnet uden .yml")


def _contact_id(value: object) -> str:
    return _an_id(value, "er ikke en kontakts id — skriv id'et, som det står under kontakter:")


ContactIdField = Annotated[
    str,
    PlainValidator(_contact_id),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{ID_PATTERN.pattern}$",
            "description": "Id'et på en kontakt, som det står under kontakter:, fx vagttelefon.",
            "patternErrorMessage": "Ikke en kontakts id — skriv id'et, som det står under "
            "kontakter:, fx vagttelefon.",
        }
    ),
]
"""The id of a contact in other files (under their `kontakter:`), e.g. vagttelefon."""


ReferenceField = Annotated[
    str,
    PlainValidator(_reference),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{ID_PATTERN.pattern}$",
            "description": "Id'et på en anden fil: filnavnet uden .yml.",
            "patternErrorMessage": "Ikke et id — skriv filnavnet uden .yml: små bogstaver, tal "
            "og bindestreger, fx behandling-og-pleje.",
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


def _whole_or_text(
    value: object, fits: Callable[[int], bool], parse: Callable[[str, str], int], advice: str
) -> int:
    """A YAML whole number that `fits`, or a text `parse` reads (macros.core.money)."""
    if isinstance(value, int) and not isinstance(value, bool) and fits(value):
        return value
    if not isinstance(value, str):
        raise danish_error(f"{shown(value)} {advice}")
    try:
        return parse(value, WHITESPACE)
    except MoneyError as error:
        raise danish_error(str(error)) from None


def _kroner(value: object) -> int:
    return _whole_or_text(value, lambda number: number >= 0, parse_kroner, AMOUNT_ADVICE)


AmountField = Annotated[
    int,
    PlainValidator(_kroner),
    WithJsonSchema(
        {
            # Why number: the loader reads 250.000 as the text "250.000" (250000 kr.), an IDE as
            # the number 250.0, or 1.250 as 1.25; the pattern judges the text forms.
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": f"^{unnamed(amount_grammar(WHITESPACE))}$",
            "description": f"Beløbet i hele kroner, fx {AMOUNT_EXAMPLES}.",
            "patternErrorMessage": f"Ikke et beløb i kroner — skriv fx {AMOUNT_EXAMPLES}.",
            "examples": [250000, "661.500 kr.", "1,64 mio. kr."],
        }
    ),
]
"""Whole kroner, written as a budget writes them (macros.core.money)."""


def _share(value: object) -> int:
    return _whole_or_text(value, lambda number: 0 <= number <= 100, parse_share, SHARE_ADVICE)


ShareField = Annotated[
    int,
    PlainValidator(_share),
    WithJsonSchema(
        {
            "type": ["integer", "string"],
            "minimum": 0,
            "maximum": 100,
            "pattern": f"^{unnamed(share_grammar(WHITESPACE))}$",
            "description": 'En andel i hele procent fra 0 til 100, fx 50 eller "50 %".',
            "patternErrorMessage": f"Ikke en andel i procent — {SHARE_WANTED}.",
        }
    ),
]
"""A whole per cent from 0 to 100."""


class Frequency(Enum):
    """Whether an amount is paid once or every year: a sum adds only amounts of one kind."""

    ONCE = "engangsbeløb"
    YEARLY = "årligt"

    @property
    def label(self) -> str:
        """As a table cell: "Engangsbeløb", "Årligt"."""
        return self.value.capitalize()


FrequencyField = _word_list_type(
    Frequency, "hyppighed", "engangsbeløb eller årligt: om beløbet betales én gang eller hvert år."
)


_LINK_SCHEMES = ("https://", "http://", "mailto:")
_WEB_SCHEMES = ("https://", "http://")
# Whitespace, control characters and the invisible format characters a copy may bring along: a
# link with one of them breaks or points elsewhere. The same class goes into the JSON Schema.
_NOT_IN_LINKS = (
    f"{WHITESPACE}{CONTROL_CHARACTERS}" r"\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff"
)
_LINK_GAP = re.compile(f"[{_NOT_IN_LINKS}]")
_WEB_PATTERN = f"^https?://[^/?#{_NOT_IN_LINKS}][^{_NOT_IN_LINKS}]*$"
_LINK_PATTERN = f"^(https?://[^/?#{_NOT_IN_LINKS}]|mailto:[^?{_NOT_IN_LINKS}])[^{_NOT_IN_LINKS}]*$"


def _link_address(value: object) -> str:
    return _address(value, _LINK_SCHEMES)


def _web_address(value: object) -> str:
    return _address(value, _WEB_SCHEMES)


def _address(value: object, schemes: tuple[str, ...]) -> str:
    """`value` if it is an address with one of `schemes`; a Danish refusal naming them if not."""
    if not isinstance(value, str) or not value.lower().startswith(schemes):
        allowed = " eller ".join((", ".join(schemes[:-1]), schemes[-1]))
        raise danish_error(
            f"{shown(value)} er ikke en tilladt adresse — brug en adresse, der starter med "
            f"{allowed}"
        )
    scheme = next(scheme for scheme in schemes if value.lower().startswith(scheme))
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
        example = "mailto:edi@eksempel.dk" if scheme == "mailto:" else f"{scheme}www.eksempel.dk/…"
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
            "patternErrorMessage": "Adressen skal starte med https://, http:// eller mailto: "
            "skrevet med små bogstaver, have et domæne eller en e-mailadresse efter og ingen "
            "mellemrum (skriv dem som %20) eller usynlige tegn.",
        }
    ),
]


WebAddressField = Annotated[
    str,
    PlainValidator(_web_address),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _WEB_PATTERN,
            "description": "Adressen på en webside; den skal starte med https:// eller http:// "
            "(små bogstaver) og må ikke have mellemrum.",
            "patternErrorMessage": "Adressen skal starte med https:// eller http:// skrevet med "
            "små bogstaver, have et domæne efter og ingen mellemrum (skriv dem som %20) eller "
            "usynlige tegn.",
        }
    ),
]
"""A web page's address (https:// or http://): a link that must open a page, not an e-mail."""


SUGGESTION_CUTOFF = 0.6
SHARED_ENDING = 4
"""Letters two ids may share at the end ("-kommune") before only the rest is compared."""


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest allowed word, for a "mente du …?" hint.

    Why the ending aside: "vejle-kommune" is not a misspelt "odense-kommune", though the two
    share most of their letters; what differs before a shared ending must be close too.
    """
    close = difflib.get_close_matches(word, choices, n=3, cutoff=SUGGESTION_CUTOFF)
    return next((choice for choice in close if _alike_before_shared_ending(word, choice)), None)


def _alike_before_shared_ending(word: str, choice: str) -> bool:
    shared = next(
        (
            n
            for n, (a, b) in enumerate(zip(reversed(word), reversed(choice), strict=False))
            if a != b
        ),
        min(len(word), len(choice)),
    )
    if shared < SHARED_ENDING:
        return True
    stems = word[:-shared], choice[:-shared]
    return difflib.SequenceMatcher(None, *stems).ratio() >= SUGGESTION_CUTOFF


class Weekday(Enum):
    """A day in opening hours; "helligdag" means a public holiday or an own closing day.

    The Danish public holidays are computed (macros/core/danish_holidays.py); the closing days are
    the procedure's `lukkedage`.
    """

    MONDAY = "mandag"
    TUESDAY = "tirsdag"
    WEDNESDAY = "onsdag"
    THURSDAY = "torsdag"
    FRIDAY = "fredag"
    SATURDAY = "lørdag"
    SUNDAY = "søndag"
    HOLIDAY = "helligdag"


WeekdayField = _word_list_type(
    Weekday,
    "dag",
    "En ugedag (mandag … søndag) eller helligdag (de danske helligdage, som beregnes, og "
    "procedurens lukkedage).",
)

# Why [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
HOUR_MINUTE = "([01][0-9]|2[0-3]):([0-5][0-9])"
CLOCK_PATTERN = re.compile(f"{HOUR_MINUTE}|24:00")
"""A time of day, 00:00 to 24:00 (the end of the day); the JSON Schema checks the same."""


def _clock(value: object) -> str:
    if isinstance(value, str) and CLOCK_PATTERN.fullmatch(value.strip()):
        return value.strip()
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
            "pattern": strip_wrapped(CLOCK_PATTERN.pattern),
            "description": 'Klokkeslæt som "TT:MM" i anførselstegn, fx "08:00".',
            "patternErrorMessage": 'Ikke et klokkeslæt — skriv "TT:MM" med to cifre i '
            'timetallet, fra "00:00" til "24:00", fx "08:00".',
            "examples": ["08:00", "15:45"],
        }
    ),
]

PHONE_PREFIXES = ("+45", "0045")
PHONE_DIGITS = 8
PHONE_PATTERN = re.compile(
    f"(?:{'|'.join(map(re.escape, PHONE_PREFIXES))})?([0-9]{{{PHONE_DIGITS}}})"
)


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


# A number written without quotes arrives as an int: 8 digits, and a minus sign is a hyphen.
_PHONE_LARGEST = 10**PHONE_DIGITS - 1
_PHONE_TOO_SHORT = 10 ** (PHONE_DIGITS - 1) - 1


def dialable(phone: str) -> str:
    """A Danish number as a tel: link wants it: "24 90 87 31" becomes "+4524908731"."""
    return "+45" + phone.replace(" ", "")


PhoneField = Annotated[
    str,
    PlainValidator(_phone),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "pattern": phone_pattern(PHONE_PREFIXES, PHONE_DIGITS),
            "minimum": -_PHONE_LARGEST,
            "maximum": _PHONE_LARGEST,
            "not": {"type": "integer", "minimum": -_PHONE_TOO_SHORT, "maximum": _PHONE_TOO_SHORT},
            "description": "Dansk telefonnummer med 8 cifre, fx 24 90 87 31.",
            "patternErrorMessage": "Ikke et dansk telefonnummer — skriv 8 cifre (0–9), evt. "
            "efter +45, fx 24 90 87 31.",
            "examples": ["24 90 87 31"],
        }
    ),
]

# Why the characters are listed: an address with one of them is a mailto: link with extra
# recipients or parameters (?bcc=…), or two addresses in one.
_NOT_IN_EMAILS = f'@{WHITESPACE}{CONTROL_CHARACTERS}?&,;<>"'
EMAIL_PATTERN = re.compile(f"[^{_NOT_IN_EMAILS}]+@[^{_NOT_IN_EMAILS}]+\\.[a-zA-Z]{{2,}}")


def _email(value: object) -> str:
    if isinstance(value, str) and EMAIL_PATTERN.fullmatch(value.strip()):
        return value.strip()
    raise danish_error(f"{shown(value)} er ikke en e-mailadresse — skriv fx edi@eksempel.dk")


EmailField = Annotated[
    str,
    PlainValidator(_email),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": strip_wrapped(EMAIL_PATTERN.pattern),
            "description": "E-mailadresse.",
            "patternErrorMessage": "Ikke en e-mailadresse — skriv én adresse uden mellemrum, "
            "?, &, komma eller semikolon, fx edi@eksempel.dk.",
        }
    ),
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


class OrganisationType(Enum):
    """What kind of organisation takes part: a kommune, the region, a hospital and so on."""

    MUNICIPALITY = "kommune"
    REGION = "region"
    HOSPITAL = "sygehus"
    GENERAL_PRACTICE = "almen praksis"
    SUPPLIER = "leverandør"
    OTHER = "andet"

    @property
    def plural(self) -> str:
        """The heading over organisations of this type: "Kommuner", "Sygehuse"."""
        return _ORGANISATION_PLURALS[self]

    @property
    def label(self) -> str:
        """The type as a fact about one organisation: "Kommune", "Almen praksis"."""
        return self.value.capitalize()

    @property
    def anchor(self) -> str:
        """The id of the type's section on the list page: "kommuner", "almen-praksis"."""
        return self.plural.lower().replace(" ", "-")


_ORGANISATION_PLURALS = {
    OrganisationType.MUNICIPALITY: "Kommuner",
    OrganisationType.REGION: "Regioner",
    OrganisationType.HOSPITAL: "Sygehuse",
    OrganisationType.GENERAL_PRACTICE: "Almen praksis",
    OrganisationType.SUPPLIER: "Leverandører",
    OrganisationType.OTHER: "Andre",
}

OrganisationTypeField = _word_list_type(
    OrganisationType,
    "type",
    "kommune, region, sygehus, almen praksis, leverandør eller andet.",
)


class DecisionType(Enum):
    """What a decision file holds: a recommendation, a decision, or an option to choose among."""

    RECOMMENDATION = "anbefaling"
    DECISION = "beslutning"
    OPTION = "mulighed"

    @property
    def label(self) -> str:
        """The type as a heading word: "Anbefaling", "Mulighed"."""
        return self.value.capitalize()

    @property
    def text_heading(self) -> str:
        """The heading over the text on its page: "Anbefalingen", "Muligheden"."""
        return f"{self.label}en"


DecisionTypeField = _word_list_type(
    DecisionType,
    "type",
    "anbefaling, beslutning eller mulighed (en af flere muligheder at vælge imellem, fx et "
    "ambitionsniveau).",
)


class DecisionStatus(Enum):
    """Where a recommendation, decision or option stands: still open, adopted or rejected."""

    PENDING = "afventer"
    ADOPTED = "vedtaget"
    REJECTED = "forkastet"

    @property
    def label(self) -> str:
        """The status in words, as pages show it: "Afventer beslutning", "Vedtaget"."""
        return "Afventer beslutning" if self is DecisionStatus.PENDING else self.value.capitalize()


DecisionStatusField = _word_list_type(
    DecisionStatus,
    "status",
    "afventer (afventer beslutning), vedtaget eller forkastet.",
)

MOMENT_SEPARATORS = " T"
MOMENT_PATTERN = re.compile(f"([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})[{MOMENT_SEPARATORS}]{HOUR_MINUTE}")


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
    try:
        round_trip = moment.astimezone(UTC).astimezone(DANISH_TIME)
    except OverflowError:  # the first hour of 1 January year 1 is year 0 in UTC
        raise danish_error(f"{shown(value)} er ikke en dato, der findes") from None
    # Why: on the night summer time begins, 02:00–02:59 does not exist in Denmark.
    if round_trip.replace(tzinfo=None) != moment.replace(tzinfo=None):
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
            "pattern": moment_pattern(MOMENT_SEPARATORS, HOUR_MINUTE),
            "description": 'Dansk tid som "ÅÅÅÅ-MM-DD TT:MM", fx "2026-12-05 18:00".',
            "patternErrorMessage": "Ikke et tidspunkt, der findes — skriv dato og klokkeslæt "
            'i anførselstegn, fx "2026-12-05 18:00".',
            "examples": ["2026-12-05 18:00"],
        }
    ),
]
