"""Skeleton files for `portfolio new`: valid as written, commented for a first-time editor."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from macros.data.fields import OrganisationType
from macros.data.kinds import DECISION, INITIATIVE, MILESTONE, ORGANISATION, SETTINGS, Kind

_INITIATIVE = """\
# yaml-language-server: $schema={schema}
# Ny indsats. Ret teksterne, og slet de valgfrie felter, du ikke bruger.
# Datoer og perioder kan skrives som 2018-04-09, april 2018, 2. kvartal 2018,
# 1. halvår 2018, 2018 eller medio 2018.
titel: {title}
program: {programme}
gruppe: {group}
# Valgfri: Prioriterede indsatser, Særlige opgaver, Aftaler eller Øvrige opgaver.
sektion: Prioriterede indsatser
# grøn, gul, rød, grå eller blå; hvad hver betyder, står i farveforklaringen på sitet
# (og i portfolio/indstillinger.yml). Blå er en indsats, der endnu ikke er sat i gang.
farve: blå
# Datoen for status og farve (en præcis dato).
statusdato: {today}
status: >-
  Skriv kort, hvor indsatsen står nu.
# De daterede skridt (kolonnen Milepæle); dato kan udelades for løbende opgaver.
milepæle:
  - dato: {next_quarter}
    tekst: Skriv, hvad der skal ske.
# Valgfri: hvornår indsatsen forventes klar til udvalget og til at blive taget i brug
# (kolonnernes overskrifter står i portfolio/indstillinger.yml).
# klar_til_udvalg: 2. kvartal 2027
# klar_til_implementering: 2. halvår 2027
# bemærkninger: >-
#   Øvrige bemærkninger.
"""

_MILESTONE = """\
# yaml-language-server: $schema={schema}
# Ny programmilepæl. Ret teksterne, og slet de valgfrie felter, du ikke bruger.
# Datoer og perioder kan skrives som 2018-04-09, april 2018, 2. kvartal 2018,
# 1. halvår 2018, 2018 eller medio 2018.
# nummer: "8.1"
# tema: Uddannelse og kompetenceudvikling
titel: {title}
kriterie: >-
  Skriv, hvornår milepælen er gennemført.
# ej igangsat, igangsat, afsluttet eller udgået (med små bogstaver).
status: ej igangsat
program: {programme}
gruppe: {group}
# Den godkendte deadline. Ændres den senere, så tilføj en revision i stedet
# for at rette her:
# revisioner:
#   - dato: {today}
#     deadline: 4. kvartal 2027
#     begrundelse: Hvorfor deadline blev flyttet.
deadline: {next_quarter}
"""

_DECISION = """\
# yaml-language-server: $schema={schema}
# Ny anbefaling, beslutning eller mulighed. Skriv teksterne med dine egne ord, og slet de
# valgfrie felter, du ikke bruger.
# anbefaling, beslutning eller mulighed (en af flere muligheder, der skal vælges imellem,
# fx et ambitionsniveau).
type: anbefaling
# Valgfri: nummeret i kilden (3 vises som Anbefaling 3) og området, den hører under.
# nummer: 1
# område: Organisering
titel: {title}
tekst: >-
  Skriv, hvad der anbefales, besluttes eller foreslås.
# begrundelse: >-
#   Hvorfor, som kilden begrunder det.
# Hvem den kommer fra, skrevet som i kilden, fx en analyse eller et udvalg.
# fra: Analysen af …
{group_line}
# Hvornår den blev givet eller truffet; udelad datoen, hvis kilden ikke siger det.
# dato: {today}
# afventer, vedtaget eller forkastet; udelad status, hvis den ikke kendes.
# status: afventer
program: {programme}
# Id'er på de indsatser, den handler om, eller som fører den ud i livet.
# indsatser:
#   - id-på-indsatsen
"""

_ORGANISATION = """\
# yaml-language-server: $schema={schema}
# Ny organisation. Ret navnet, og slet de valgfrie felter, du ikke bruger.
navn: {title}
# kommune, region, sygehus, almen praksis, leverandør eller andet.
type: {organisation_type}
# Valgfri: kort navn til tabeller, region, landsdel og klynge (eller optageområde).
# kort_navn: Kort navn
# region: Regionens fulde navn
# landsdel: Landsdelens navn
# klynge: Navnet på klyngen
# Kontakter efter id, fx vagttelefonen, som sygehuset ringer til ved EDI-nedbrud.
# Skriv kun et nummer, organisationen selv har oplyst; uden telefon siger siden,
# at nummeret ikke er oplyst.
# kontakter:
#   vagttelefon:
#     navn: Vagttelefonen
#     telefon: otte cifre
#     rolle: Tager imod opkald fra sygehuset, når EDI er nede.
"""

_SETTINGS = """\
# yaml-language-server: $schema={schema}
# Porteføljens egne ord. Her står sitets neutrale ord; skriv jeres egne i stedet, og slet
# det, I ikke vil ændre: det, der ikke står, får de neutrale ord.
# Overskrifterne på kolonnerne om, hvornår en indsats forventes klar: den lange står i
# statusrapporten og på indsatsens side, den korte (højst 40 tegn) i oversigtens tabel.
kolonner:
  klar_til_udvalg:
    overskrift: Forventes klar til fremlæggelse for udvalget
    kort: Klar til udvalg
  klar_til_implementering:
    overskrift: Forventes klar til implementering
    kort: Klar til implementering
# De udvalg, grupperne rapporterer til; de står på siden Grupper.
# udvalg:
#   - navn: Udvalgets fulde navn
#     kort_navn: Forkortelsen
#     beskrivelse: Hvem der sidder i udvalget, og hvad det beslutter.
# Hvad farverne betyder i farveforklaringen, statusrapporten og kalenderen.
farver:
  grøn: Indsatsen forløber planmæssigt
  gul: Indsatsen kræver opmærksomhed eller afventer afklaringer
  rød: Indsatsen kræver handling i den ansvarlige gruppe
  grå: Indsatsen er afsluttet
  blå: Indsatsen afventer igangsættelse
# Hvem der udgiver sitet: navnet står nederst på hver side, telefon og e-mail på siden om
# tilgængelighed (/was). Skriv kun det, udgiveren selv har oplyst; resten står som ikke oplyst.
# udgiver:
#   navn: Udgiverens navn
#   telefon: otte cifre
#   email: adresse@eksempel.dk
# Adressen på sitets tilgængelighedserklæring i Digitaliseringsstyrelsens WAS-Tool.
# tilgængelighedserklæring: https://www.was.digst.dk/sitets-domæne-dk
"""

_TEMPLATES = {
    INITIATIVE.name: _INITIATIVE,
    MILESTONE.name: _MILESTONE,
    DECISION.name: _DECISION,
    ORGANISATION.name: _ORGANISATION,
    SETTINGS.name: _SETTINGS,
}
SCAFFOLD_KINDS = (INITIATIVE, MILESTONE, DECISION, ORGANISATION, SETTINGS)
ORGANISATION_TYPES = tuple(member.value for member in OrganisationType)
_NO_GROUP = """\
# Valgfri: id på den gruppe i porteføljen, der gav eller fik den.
# gruppe: id-på-gruppen"""


def names(kind: Kind, field: str) -> bool:
    """Whether a file of `kind` may name another file under `field`, e.g. "gruppe"."""
    return any(named == field for named, _ in kind.references)


def requires(kind: Kind, field: str) -> bool:
    """Whether a file of `kind` must name another file under `field`: an indsats its "gruppe"."""
    return names(kind, field) and any(
        info.alias == field and info.is_required() for info in kind.model.model_fields.values()
    )


def skeleton(
    kind: Kind,
    *,
    title: str,
    today: date,
    schema: str,
    programme: str = "",
    group: str = "",
    organisation_type: str = OrganisationType.MUNICIPALITY.value,
) -> str:
    """The text of a new file of `kind`; every value is quoted safely for YAML.

    A kind whose group is optional (a decision) names it when `group` is given, and otherwise
    shows the field as a comment.
    """
    return _TEMPLATES[kind.name].format(
        schema=schema,
        title=json.dumps(title, ensure_ascii=False),
        programme=programme,
        group=group,
        group_line=f"gruppe: {group}" if group else _NO_GROUP,
        organisation_type=organisation_type,
        today=today.isoformat(),
        next_quarter=_next_quarter(today),
    )


def _next_quarter(today: date) -> str:
    number = (today.month - 1) // 3 + 2
    return f"{number}. kvartal {today.year}" if number <= 4 else f"1. kvartal {today.year + 1}"


def schema_reference(target: Path, schema_folder: Path, kind: Kind) -> str:
    """The modeline's path from the new file's folder to the kind's schema."""
    relative = os.path.relpath(schema_folder / kind.schema_file, target.parent)
    return Path(relative).as_posix()
