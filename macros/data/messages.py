"""The one table that turns pydantic's validation errors into Danish an editor can act on."""

from __future__ import annotations

import typing
from collections.abc import Callable

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from macros.data.fields import join_or, shown, suggest
from macros.data.models import former_keys

_MISSING_HINTS = {
    "begrundelse": "en ændret deadline skal altid have en begrundelse — tilføj begrundelse: …",
}


def field_path(loc: tuple[int | str, ...]) -> str:
    """`milepæle[3].dato`: keys joined by dots, list positions counted from 1."""
    path = ""
    for part in loc:
        path += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path


def allowed_keys(model: type[BaseModel]) -> list[str]:
    """The YAML keys a model accepts, in the order the model declares them."""
    return [info.alias or name for name, info in model.model_fields.items() if info.alias != "id"]


def model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel]:
    """The model that holds the last key of `loc`, found by walking the fields' annotations."""
    for part in loc:
        if isinstance(part, int):
            continue
        field = next((f for f in model.model_fields.values() if f.alias == part), None)
        nested = _nested_model(field.annotation) if field else None
        if nested is None:
            break
        model = nested
    return model


def _nested_model(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _nested_model(argument)
        if found is not None:
            return found
    return None


FALLBACK = "værdien kan ikke bruges her — se vejledningen for feltet"
"""Only for an error type no handler knows; tests/data/test_messages.py keeps reachable ones out.

Why without pydantic's code word: an editor cannot act on "too_short"; a coder finds the type by
running the validator on the file.
"""


def translate(error: ErrorDetails, model: type[BaseModel]) -> str:
    """Danish text for one pydantic error on an entity of type `model`."""
    handler = _HANDLERS.get(error["type"])
    if handler is not None:
        return handler(error, model)
    return FALLBACK


def _custom(error: ErrorDetails, _model: type[BaseModel]) -> str:
    return str((error.get("ctx") or {})["besked"])


def _missing(error: ErrorDetails, _model: type[BaseModel]) -> str:
    key = str(error["loc"][-1])
    return _MISSING_HINTS.get(key, f"feltet mangler — tilføj {key}: …")


def _unknown_key(error: ErrorDetails, model: type[BaseModel]) -> str:
    key = str(error["loc"][-1])
    parent = model_at(model, error["loc"][:-1])
    renamed = former_keys(parent).get(key)
    if renamed is not None:
        # Why: the old name is read only when the new one is absent; with both, one is unused.
        return f"{key} er det gamle navn for {renamed}, som også står i filen — slet det ene"
    keys = allowed_keys(parent)
    close = suggest(key, keys)
    if close:
        return f"ukendt felt — mente du {close}?"
    return f"ukendt felt — tilladte felter er {join_or(keys)}"


def _not_text(error: ErrorDetails, _model: type[BaseModel]) -> str:
    value = error["input"]
    if value is None:
        return "feltet er tomt — skriv en tekst, eller slet linjen"
    if isinstance(value, bool):
        return "læses som sand/falsk — sæt citationstegn om teksten"
    if isinstance(value, list):
        return "skal være én tekst, ikke en liste"
    return "skal være én tekst, ikke en gruppe af felter — sæt citationstegn om teksten"


def _too_short(_error: ErrorDetails, _model: type[BaseModel]) -> str:
    return "feltet er tomt — skriv en tekst, eller slet linjen"


def _key_not_text(_error: ErrorDetails, _model: type[BaseModel]) -> str:
    return "et feltnavn er ikke en tekst — skriv felterne på formen 'navn: værdi'"


def _too_few(error: ErrorDetails, _model: type[BaseModel]) -> str:
    # Only required lists and groups have a minimum, and it is one: they must not be empty.
    if isinstance(error["input"], dict):
        return "der står ingen felter — skriv mindst ét på formen 'navn: værdi'"
    return "listen er tom — skriv mindst ét punkt på sin egen linje med '- ' foran"


def _too_many(error: ErrorDetails, _model: type[BaseModel]) -> str:
    limit = (error.get("ctx") or {}).get("max_length")
    return f"der er for mange punkter — højst {limit}"


def _not_true_or_false(error: ErrorDetails, _model: type[BaseModel]) -> str:
    return (
        f"{shown(error['input'])} er hverken true eller false — skriv true (ja) eller "
        "false (nej) uden anførselstegn"
    )


def _not_a_whole_number(error: ErrorDetails, _model: type[BaseModel]) -> str:
    return f"{shown(error['input'])} er ikke et helt tal — skriv fx 3"


def _not_a_choice(error: ErrorDetails, _model: type[BaseModel]) -> str:
    # pydantic lists the choices as "'a', 'b' or 'c'".
    expected = str((error.get("ctx") or {}).get("expected", "")).replace(" or ", " eller ")
    return f"{shown(error['input'])} er ikke en gyldig værdi — brug {expected}"


def _too_long(error: ErrorDetails, _model: type[BaseModel]) -> str:
    limit = (error.get("ctx") or {}).get("max_length")
    return f"teksten er for lang ({len(str(error['input']))} tegn) — højst {limit} tegn"


def _pattern(error: ErrorDetails, _model: type[BaseModel]) -> str:
    # Only the milestone number is checked by a pattern; ids and dates have their own messages.
    return f'\'{error["input"]}\' er ikke et gyldigt milepælsnummer — skriv fx "8.1" eller "6.1A"'


def _not_a_list(error: ErrorDetails, _model: type[BaseModel]) -> str:
    if error["input"] is None:
        return (
            "feltet er tomt — skriv punkterne på hver sin linje med '- ' foran, eller slet linjen"
        )
    return "skal være en liste — skriv hvert punkt på sin egen linje med '- ' foran"


def _not_fields(error: ErrorDetails, _model: type[BaseModel]) -> str:
    if error["input"] is None:
        return "punktet er tomt — skriv felterne på formen 'navn: værdi'"
    return "skal bestå af felter på formen 'navn: værdi'"


_Handler = Callable[[ErrorDetails, type[BaseModel]], str]
_HANDLERS: dict[str, _Handler] = {
    "dansk": _custom,
    "missing": _missing,
    "extra_forbidden": _unknown_key,
    "string_type": _not_text,
    "string_too_short": _too_short,
    "string_too_long": _too_long,
    "invalid_key": _key_not_text,
    "too_short": _too_few,
    "too_long": _too_many,
    "bool_type": _not_true_or_false,
    "bool_parsing": _not_true_or_false,
    "int_type": _not_a_whole_number,
    "int_parsing": _not_a_whole_number,
    "int_from_float": _not_a_whole_number,
    "enum": _not_a_choice,
    "literal_error": _not_a_choice,
    "string_pattern_mismatch": _pattern,
    "tuple_type": _not_a_list,
    "list_type": _not_a_list,
    "model_type": _not_fields,
    "model_attributes_type": _not_fields,
    "dict_type": _not_fields,
}
