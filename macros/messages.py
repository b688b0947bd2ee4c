"""The one table that turns pydantic's validation errors into Danish an editor can act on."""

from __future__ import annotations

import typing
from collections.abc import Callable

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from macros.vocabulary import join_or, suggest

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


def translate(error: ErrorDetails, model: type[BaseModel]) -> str:
    """Danish text for one pydantic error on an entity of type `model`."""
    kind = error["type"]
    handler = _HANDLERS.get(kind)
    if handler is not None:
        return handler(error, model)
    return f"værdien kan ikke bruges her ({kind}) — se vejledningen for feltet"


def _custom(error: ErrorDetails, _model: type[BaseModel]) -> str:
    return str((error.get("ctx") or {})["besked"])


def _missing(error: ErrorDetails, _model: type[BaseModel]) -> str:
    key = str(error["loc"][-1])
    return _MISSING_HINTS.get(key, f"feltet mangler — tilføj {key}: …")


def _unknown_key(error: ErrorDetails, model: type[BaseModel]) -> str:
    key = str(error["loc"][-1])
    parent = model_at(model, error["loc"][:-1])
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
    "string_pattern_mismatch": _pattern,
    "tuple_type": _not_a_list,
    "list_type": _not_a_list,
    "model_type": _not_fields,
    "model_attributes_type": _not_fields,
    "dict_type": _not_fields,
}
