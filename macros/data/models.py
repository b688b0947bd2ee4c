"""Stage 3, model: the typed, immutable portfolio.

YAML keys are the editors' Danish words (the aliases); Python names are English. Every field has
a Danish description: it becomes the JSON Schema that editors see in VS Code, and the editor
guide. Models are frozen and forbid unknown keys, so a misspelt key is an error, not a silent
drop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
)
from pydantic.json_schema import SkipJsonSchema

from macros.core.periods import Period
from macros.data.fields import (
    MILESTONE_NUMBER,
    MILESTONE_NUMBER_JSON_SCHEMA,
    AmountField,
    ClockField,
    Colour,
    ColourField,
    ContactIdField,
    DecisionStatus,
    DecisionStatusField,
    DecisionType,
    DecisionTypeField,
    EmailField,
    ExactDateField,
    FrequencyField,
    LinkAddressField,
    MilestoneStatus,
    MilestoneStatusField,
    MomentField,
    NoticeKindField,
    OrganisationTypeField,
    PeriodField,
    PhoneField,
    PositiveNumberField,
    ReferenceField,
    Section,
    SectionField,
    ShareField,
    WebAddressField,
    WeekdayField,
    dialable,
    text_json_schema,
)

OneLine = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    WithJsonSchema(text_json_schema(200)),
]
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000),
    WithJsonSchema(text_json_schema(20_000)),
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=40),
    WithJsonSchema(text_json_schema(40)),
]
"""A few words: a tag, or a name in the site's menu."""
Tag = ShortText
MilestoneNumber = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=f"^{MILESTONE_NUMBER}$"),
    WithJsonSchema(MILESTONE_NUMBER_JSON_SCHEMA),
]


class StrictModel(BaseModel):
    """Frozen, and unknown keys are errors (pydantic would otherwise drop them silently)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
        # Why: a title like 2018 arrives from YAML as a number; it is still a title.
        coerce_numbers_to_str=True,
    )


def danish(title: str, description: str) -> ConfigDict:
    """Title and description of a model in the JSON Schema; docstrings stay English for coders."""
    return ConfigDict(title=title, json_schema_extra={"description": description})


class Entity(StrictModel):
    """A thing with its own file; the id is the file name, never written in the file."""

    id: SkipJsonSchema[str] = Field(alias="id", description="Filnavnet uden .yml.")


class Link(StrictModel):
    """A link to a document or page elsewhere."""

    model_config = danish("Link", "Et link til et dokument eller en side andetsteds.")

    title: OneLine = Field(alias="titel", description="Linkets tekst, fx dokumentets navn.")
    url: LinkAddressField = Field(
        alias="url", description="Adressen (https://, http:// eller mailto:)."
    )


class Step(StrictModel):
    """One step in the "Milepæle" column: an optional date and what happens then."""

    model_config = danish(
        "Skridt", "Et skridt i kolonnen Milepæle: hvornår (kan udelades) og hvad der sker."
    )

    when: PeriodField | None = Field(
        None,
        alias="dato",
        description="Hvornår: dato eller periode, fx 2018-04-09 eller 1. kvartal 2018. Udelad "
        "den for løbende opgaver.",
    )
    text: Text = Field(
        alias="tekst", description="Hvad der sker, fx at sagen forelægges styregruppen."
    )

    @property
    def when_label(self) -> str:
        """The date or period in Danish, or "Løbende" for a step without one."""
        return str(self.when) if self.when else "Løbende"


class HistoryEntry(StrictModel):
    """An earlier status: the colour and text that held from a given date."""

    model_config = danish("Tidligere status", "En tidligere status: dato, farve og kort tekst.")

    on: ExactDateField = Field(alias="dato", description="Datoen for den tidligere status.")
    colour: ColourField = Field(alias="farve", description="Farven på det tidspunkt.")
    text: Text = Field(alias="tekst", description="Kort om status på det tidspunkt.")


class Revision(StrictModel):
    """A change of a milestone's deadline: when it was decided, the new deadline and why."""

    model_config = danish(
        "Revision af deadline",
        "En ændring af milepælens deadline: hvornår den blev besluttet, "
        "den nye deadline og hvorfor.",
    )

    decided: ExactDateField = Field(
        alias="dato", description="Datoen, hvor ændringen blev besluttet."
    )
    deadline: PeriodField = Field(alias="deadline", description="Den nye deadline.")
    reason: Text = Field(
        alias="begrundelse", description="Hvorfor deadline blev ændret (skal altid udfyldes)."
    )


def _bare_id_as_go_live(value: object) -> object:
    """A bare id stands for the organisation alone: `- eksempel-kommune`.

    Why: a wave usually lists only ids, and `- organisation: eksempel-kommune` 22 times hides them.
    """
    return {"organisation": value} if isinstance(value, str) else value


class GoLive(StrictModel):
    """One organisation in a roll-out wave: when it is planned to go live, and when it did."""

    model_config = danish(
        "Organisation i et rul",
        "En organisation i et rul: id'et alene, eller id'et med planlagt og faktisk "
        "idriftsættelse, farve og note.",
    )

    organisation: ReferenceField = Field(
        alias="organisation",
        description="Id på organisationen (filnavn i portfolio/organisationer/).",
    )
    planned: PeriodField | None = Field(
        None,
        alias="planlagt",
        description="Planlagt idriftsættelse, hvis den er en anden end rullets, fx marts 2024.",
    )
    live: PeriodField | None = Field(
        None,
        alias="i_drift",
        description="Hvornår organisationen faktisk gik i drift; skrives først, når det er sket "
        "(en forventet dato står under planlagt). Før det planlagte er tilladt og vises som "
        "før planen.",
    )
    colour: ColourField | None = Field(
        None, alias="farve", description="Farven for organisationens udrulning, hvis den har en."
    )
    note: Text | None = Field(None, alias="note", description="Kort om organisationens status.")


GoLiveEntry = Annotated[
    GoLive,
    BeforeValidator(_bare_id_as_go_live, json_schema_input_type=ReferenceField | GoLive),
]


class Wave(StrictModel):
    """A roll-out wave (rul, bølge): its organisations and when they are planned to go live."""

    model_config = danish(
        "Rul",
        "Et rul eller en bølge i udrulningen: navn, planlagt idriftsættelse og organisationerne.",
    )

    name: OneLine = Field(alias="navn", description="Rullets navn, fx Rul 2 eller Pilot.")
    planned: PeriodField | None = Field(
        None,
        alias="planlagt",
        description="Hvornår rullets organisationer efter planen går i drift, fx januar 2024.",
    )
    note: Text | None = Field(None, alias="note", description="Kort om rullet.")
    organisations: tuple[GoLiveEntry, ...] = Field(
        (),
        alias="organisationer",
        description="Organisationerne i rullet: id'er, eller id med egne datoer, fx "
        "- organisation: eksempel-kommune og i_drift: 2023-10-02 på næste linje. Kan udelades, "
        "hvis det endnu ikke vides hvilke.",
    )


RollOutField = Annotated[
    tuple[Wave, ...],
    Field(
        alias="udrulning",
        description="Udrulningsplanen: rullene med deres organisationer og datoer. En "
        "organisation står højst i ét rul.",
    ),
]
"""An indsats' or milestone's roll-out plan (`udrulning`)."""


def taking_part(participants: tuple[str, ...], roll_out: tuple[Wave, ...]) -> tuple[str, ...]:
    """The ids under `deltagere`, then each organisation of a roll-out plan not listed there."""
    in_plan = (go_live.organisation for wave in roll_out for go_live in wave.organisations)
    return tuple(dict.fromkeys((*participants, *in_plan)))


class Funding(StrictModel):
    """One line of an indsats' budget: an amount, who shares it, for which period."""

    model_config = danish(
        "Økonomi",
        "Et beløb i indsatsens budget: beløbet i kroner, om det er årligt eller et "
        "engangsbeløb, den medfinansierede andel, perioden og en note.",
    )

    amount: AmountField = Field(
        alias="beløb",
        description='Beløbet i hele kroner, som budgettet skriver det, fx "250.000 kr." eller '
        '"1,5 mio. kr.".',
    )
    frequency: FrequencyField | None = Field(
        None,
        alias="hyppighed",
        description="engangsbeløb eller årligt. Programmets sum lægger kun beløb af samme slags "
        "sammen.",
    )
    co_financed: ShareField | None = Field(
        None,
        alias="medfinansieret",
        description="Den andel af beløbet, som andre end den ansvarlige part betaler, i procent, "
        "fx 50 %.",
    )
    period: PeriodField | None = Field(
        None, alias="periode", description="Hvilken periode beløbet dækker, fx 2024–2026."
    )
    note: Text | None = Field(
        None, alias="note", description="Hvad beløbet dækker, og hvordan det er regnet."
    )


FundingField = Annotated[
    tuple[Funding, ...],
    Field(
        alias="økonomi",
        description="Indsatsens økonomi: en liste af beløb, hvert med beløb og evt. hyppighed, "
        "medfinansieret, periode og note.",
    ),
]
"""An indsats' budget (`økonomi`): a list of amounts."""


class Programme(Entity):
    """A programme, e.g. Sundhedsaftalen 2015-2018 or Telemedicinsk hjemmemonitorering KOL."""

    model_config = danish(
        "Program", "Et program, fx Sundhedsaftalen 2015-2018. Filnavnet er programmets id."
    )

    name: OneLine = Field(alias="navn", description="Programmets fulde navn.")
    short_name: OneLine | None = Field(
        None, alias="kort_navn", description="Kort navn til tabeller."
    )
    description: Text | None = Field(None, alias="beskrivelse", description="Kort om programmet.")
    start: PeriodField | None = Field(
        None, alias="start", description="Hvornår programmet starter."
    )
    end: PeriodField | None = Field(None, alias="slut", description="Hvornår programmet slutter.")
    links: tuple[Link, ...] = Field(
        (), alias="links", description="Links til programmets dokumenter."
    )


class Organisation(Entity):
    """A kommune, region, hospital, practice or supplier that takes part in the cooperation."""

    model_config = danish(
        "Organisation",
        "En kommune, region, et sygehus, almen praksis eller en leverandør, der deltager i "
        "samarbejdet. Filnavnet er organisationens id.",
    )

    name: OneLine = Field(
        alias="navn", description="Organisationens fulde navn, som den selv skriver det."
    )
    short_name: OneLine | None = Field(
        None,
        alias="kort_navn",
        description="Kort navn til tabeller, fx en kommunes navn uden »Kommune«.",
    )
    type: OrganisationTypeField = Field(
        alias="type", description="kommune, region, sygehus, almen praksis, leverandør eller andet."
    )
    region: OneLine | None = Field(
        None,
        alias="region",
        description="Regionen, organisationen hører til, med regionens fulde navn.",
    )
    landsdel: OneLine | None = Field(
        None, alias="landsdel", description="Landsdelen, organisationen hører til."
    )
    cluster: OneLine | None = Field(
        None,
        alias="klynge",
        description="Klyngen eller optageområdet, organisationen samarbejder i, hvis der er en.",
    )
    description: Text | None = Field(
        None, alias="beskrivelse", description="Kort om organisationens rolle i samarbejdet."
    )
    contacts: dict[ReferenceField, OrganisationContact] = Field(
        {},
        alias="kontakter",
        description="Kontakterne efter id, fx vagttelefon. Et nummer, der ikke er oplyst, "
        "udelades.",
    )
    links: tuple[Link, ...] = Field((), alias="links", description="Links til organisationen.")

    @property
    def label(self) -> str:
        """The short name where there is one, for tables and lists of many."""
        return self.short_name or self.name


class Group(Entity):
    """A responsible group (a steering group, a working group …) and whom it reports to."""

    model_config = danish(
        "Gruppe",
        "En ansvarlig gruppe, fx en styregruppe eller en arbejdsgruppe. Filnavnet er gruppens id.",
    )

    name: OneLine = Field(alias="navn", description="Gruppens fulde navn.")
    short_name: OneLine | None = Field(
        None, alias="kort_navn", description="Kort navn til tabeller."
    )
    reports_to: OneLine = Field(
        alias="rapporterer_til",
        description="Det udvalg eller den gruppe, gruppen rapporterer til. Står udvalget i "
        "indstillinger.yml, så skriv dets navn eller korte navn, som det står der.",
    )
    programme: ReferenceField | None = Field(
        None, alias="program", description="Id på det program, gruppen hører til."
    )
    order: PositiveNumberField | None = Field(
        None, alias="rækkefølge", description="Gruppens plads i lister (1 står først)."
    )
    description: Text | None = Field(None, alias="beskrivelse", description="Kort om gruppen.")


READY_FOR_COMMITTEE = (
    "Hvornår indsatsen forventes klar til at blive fremlagt for det udvalg, der skal godkende "
    "den (kolonnens overskrift står i indstillinger.yml)."
)


def former_keys(model: type[BaseModel]) -> dict[str, str]:
    """The old YAML names a model still reads, each with the name to write now.

    Why kept: files written before a key was renamed must validate unchanged; the JSON Schema
    marks the old names as deprecated, and a file with both names is told to keep one.
    """
    found = {}
    for info in model.model_fields.values():
        if isinstance(info.validation_alias, AliasChoices) and info.alias:
            for choice in info.validation_alias.choices[1:]:
                found[str(choice)] = info.alias
    return found


class Initiative(Entity):
    """An indsats (initiative, task or project): one row of a responsible group's table."""

    model_config = danish(
        "Indsats",
        "En indsats, opgave eller et projekt: en række i den ansvarlige gruppes tabel. "
        "Filnavnet er indsatsens id.",
    )

    title: OneLine = Field(
        alias="titel", description="Indsatsens navn (kolonnen Indsats/opgave/projekt)."
    )
    programme: ReferenceField = Field(alias="program", description="Id på programmet.")
    group: ReferenceField = Field(alias="gruppe", description="Id på den ansvarlige gruppe.")
    section: SectionField | None = Field(
        None, alias="sektion", description="Sektionen i gruppens tabel."
    )
    colour: ColourField = Field(alias="farve", description="Farven pr. statusdatoen.")
    status_date: ExactDateField = Field(
        alias="statusdato", description="Datoen for status og farve, fx 2018-02-20."
    )
    start: PeriodField | None = Field(None, alias="start", description="Hvornår arbejdet startede.")
    end: PeriodField | None = Field(
        None,
        alias="slut",
        description="Hvornår indsatsen efter planen slutter, fx 2. halvår 2019 (afsluttet er, "
        "når den faktisk sluttede).",
    )
    completed: PeriodField | None = Field(
        None, alias="afsluttet", description="Hvornår indsatsen blev afsluttet."
    )
    status: Text = Field(alias="status", description="Status på indsatsen med dine egne ord.")
    steps: tuple[Step, ...] = Field(
        (), alias="milepæle", description="De daterede skridt (kolonnen Milepæle)."
    )
    ready_for_committee: PeriodField | None = Field(
        None,
        alias="klar_til_udvalg",
        validation_alias=AliasChoices("klar_til_udvalg", "klar_til_sku_dak"),
        description=READY_FOR_COMMITTEE,
    )
    ready_for_implementation: PeriodField | None = Field(
        None,
        alias="klar_til_implementering",
        validation_alias=AliasChoices("klar_til_implementering", "klar_til_psof"),
        description="Hvornår indsatsen forventes klar til at blive taget i brug (kolonnens "
        "overskrift står i indstillinger.yml).",
    )
    remarks: Text | None = Field(
        None,
        alias="bemærkninger",
        description="Øvrige bemærkninger, fx hvornår de første resultater ses.",
    )
    history: tuple[HistoryEntry, ...] = Field(
        (), alias="historik", description="Tidligere status og farver, ældste først."
    )
    links: tuple[Link, ...] = Field(
        (), alias="links", description="Links til sagsfremstillinger og dokumenter."
    )
    tags: tuple[Tag, ...] = Field((), alias="tags", description="Korte emneord til søgning.")
    participants: tuple[ReferenceField, ...] = Field(
        (),
        alias="deltagere",
        json_schema_extra={"uniqueItems": True},
        description="Id'er på de organisationer, der deltager i indsatsen (filnavne i "
        "portfolio/organisationer/).",
    )
    responsible: OneLine | None = Field(
        None,
        alias="ansvarlig",
        description="Hvem der har ansvaret, skrevet som I plejer: en rolle eller et navn, fx "
        "Projektleder i regionen.",
    )
    depends_on: tuple[ReferenceField, ...] = Field(
        (),
        alias="afhænger_af",
        json_schema_extra={"uniqueItems": True},
        description="Id'er på indsatser, som denne venter på (filnavne i portfolio/indsatser/). "
        "Siden for hver af dem viser så, at denne afhænger af den.",
    )
    roll_out: RollOutField = ()
    funding: FundingField = ()

    @property
    def organisation_ids(self) -> tuple[str, ...]:
        """Every organisation taking part: `deltagere`, then those only in the roll-out plan."""
        return taking_part(self.participants, self.roll_out)


class Milestone(Entity):
    """A programme milestone: one row of the national milestone table."""

    model_config = danish(
        "Milepæl",
        "En programmilepæl: en række i den nationale milepælstabel. Filnavnet er milepælens id.",
    )

    number: MilestoneNumber | None = Field(
        None,
        alias="nummer",
        description='Milepælens nummer i citationstegn, fx "8.1" eller "6.1A".',
    )
    theme: OneLine | None = Field(
        None, alias="tema", description="Temaet, fx Uddannelse og kompetenceudvikling (Milepæl 8)."
    )
    title: OneLine = Field(alias="titel", description="Milepælens navn.")
    criterion: Text | None = Field(
        None, alias="kriterie", description="Hvornår milepælen er gennemført."
    )
    status: MilestoneStatusField = Field(alias="status", description="Milepælens status.")
    programme: ReferenceField = Field(alias="program", description="Id på programmet.")
    group: ReferenceField = Field(alias="gruppe", description="Id på den ansvarlige gruppe.")
    start: PeriodField | None = Field(None, alias="start", description="Hvornår arbejdet starter.")
    deadline: PeriodField | None = Field(
        None,
        alias="deadline",
        description="Den oprindeligt godkendte deadline (baseline). Udelad den kun, hvis "
        "milepælen ikke har fået en.",
    )
    revisions: tuple[Revision, ...] = Field(
        (), alias="revisioner", description="Senere ændringer af deadline, ældste først."
    )
    expected: PeriodField | None = Field(
        None, alias="forventet", description="Hvornår milepælen nu forventes nået."
    )
    completed: PeriodField | None = Field(
        None,
        alias="afsluttet",
        description="Hvornår milepælen blev nået (kun ved status afsluttet).",
    )
    delay_estimate: OneLine | None = Field(
        None,
        alias="forsinkelse",
        description='Forventet forsinkelse som skrevet, fx "0-3 måneder".',
    )
    ready_for_committee: PeriodField | None = Field(
        None,
        alias="klar_til_udvalg",
        validation_alias=AliasChoices("klar_til_udvalg", "klar_til_sku_dak"),
        description=READY_FOR_COMMITTEE,
    )
    substeps: tuple[Step, ...] = Field(
        (), alias="delmilepæle", description="Delmilepæle med dato eller periode."
    )
    risks: Text | None = Field(None, alias="risici", description="Risici for milepælen.")
    remarks: Text | None = Field(None, alias="bemærkninger", description="Øvrige bemærkninger.")
    initiatives: tuple[ReferenceField, ...] = Field(
        (), alias="indsatser", description="Id'er på indsatser, der hører til milepælen."
    )
    participants: tuple[ReferenceField, ...] = Field(
        (),
        alias="deltagere",
        json_schema_extra={"uniqueItems": True},
        description="Id'er på de organisationer, milepælen gælder (filnavne i "
        "portfolio/organisationer/).",
    )
    roll_out: RollOutField = ()
    links: tuple[Link, ...] = Field((), alias="links", description="Links til dokumenter.")

    @property
    def organisation_ids(self) -> tuple[str, ...]:
        """Every organisation taking part: `deltagere`, then those only in the roll-out plan."""
        return taking_part(self.participants, self.roll_out)

    @property
    def current_deadline(self) -> Period | None:
        """The deadline in force: the latest revision's, else the baseline."""
        return self.revisions[-1].deadline if self.revisions else self.deadline


class Decision(Entity):
    """A recommendation, a decision or an option put forward to choose among.

    Why a kind of its own and not part of an indsats: a recommendation often comes before any
    indsats exists, and one may concern several.
    """

    model_config = danish(
        "Beslutning",
        "En anbefaling, en beslutning eller en mulighed, der skal vælges imellem (fx et "
        "ambitionsniveau). Filnavnet er id'et.",
    )

    type: DecisionTypeField = Field(
        alias="type", description="anbefaling, beslutning eller mulighed."
    )
    number: PositiveNumberField | None = Field(
        None,
        alias="nummer",
        description="Nummeret i kilden, fx 3 for Anbefaling 3. Udelad det, hvis der ikke er et.",
    )
    title: OneLine = Field(alias="titel", description="Kort overskrift med dine egne ord.")
    area: OneLine | None = Field(
        None,
        alias="område",
        description="Området, den hører under, fx Økonomi og samfinansiering. Siden med alle "
        "beslutninger samler dem pr. område.",
    )
    text: Text = Field(alias="tekst", description="Hvad der anbefales, besluttes eller foreslås.")
    reason: Text | None = Field(
        None, alias="begrundelse", description="Hvorfor, som kilden begrunder det."
    )
    source: OneLine | None = Field(
        None,
        alias="fra",
        description="Hvem anbefalingen eller beslutningen kommer fra, skrevet som i kilden, fx "
        "en analyse eller et udvalg.",
    )
    group: ReferenceField | None = Field(
        None,
        alias="gruppe",
        description="Id på den gruppe i porteføljen, der har givet eller fået den, hvis det er "
        "en af porteføljens grupper.",
    )
    when: PeriodField | None = Field(
        None,
        alias="dato",
        description="Hvornår den blev givet eller truffet, fx marts 2017. Udelad den, hvis "
        "kilden ikke siger det.",
    )
    status: DecisionStatusField | None = Field(
        None,
        alias="status",
        description="afventer, vedtaget eller forkastet. Udelad den, hvis det ikke vides.",
    )
    programme: ReferenceField = Field(alias="program", description="Id på programmet.")
    initiatives: tuple[ReferenceField, ...] = Field(
        (),
        alias="indsatser",
        json_schema_extra={"uniqueItems": True},
        description="Id'er på de indsatser, den handler om, eller som fører den ud i livet "
        "(filnavne i portfolio/indsatser/). Hver indsats' side nævner den så.",
    )
    links: tuple[Link, ...] = Field((), alias="links", description="Links til kilden.")

    @property
    def label(self) -> str:
        """The type with its number: "Anbefaling 3"; the type alone without a number."""
        return f"{self.type.label} {self.number}" if self.number else self.type.label


class OpeningHours(StrictModel):
    """When a contact answers: some days, from one time to another (local Danish time)."""

    model_config = danish("Åbningstid", "Dage og tidsrum, hvor kontakten svarer.")

    days: tuple[WeekdayField, ...] = Field(
        alias="dage", min_length=1, description="Ugedage, og helligdag for helligdage og lukkedage."
    )
    opens: ClockField = Field(alias="fra", description='Fra klokken, fx "08:00".')
    closes: ClockField = Field(alias="til", description='Til klokken, fx "15:45".')


class OrganisationContact(StrictModel):
    """A way to reach an organisation (a duty line, a desk, a role); its number may be unknown."""

    model_config = danish(
        "Kontakt",
        "En vagttelefon, support eller funktion i organisationen. Uden telefon siger siden, at "
        "nummeret ikke er oplyst.",
    )

    name: OneLine = Field(alias="navn", description="Navnet, fx Vagttelefonen.")
    phone: PhoneField | None = Field(
        None,
        alias="telefon",
        description="Telefonnummer, fx 24 90 87 31. Udelad det, hvis det ikke er oplyst: skriv "
        "aldrig et gættet nummer.",
    )
    email: EmailField | None = Field(None, alias="email", description="E-mailadresse.")
    role: Text | None = Field(None, alias="rolle", description="Hvad kontakten gør for dig.")
    hours: tuple[OpeningHours, ...] = Field(
        (), alias="åbningstider", description="Hvornår kontakten svarer. Tom: altid."
    )

    @property
    def tel(self) -> str | None:
        """The number for a tel: link, e.g. "+4524908731"; None when it is not given."""
        return dialable(self.phone) if self.phone else None


class Contact(OrganisationContact):
    """Someone a procedure tells you to call: a support desk or a duty line, with its hours."""

    model_config = danish("Kontakt", "En support eller vagt, der kan ringes til, og hvornår.")

    name: OneLine = Field(alias="navn", description="Navnet, fx EDI-supporten.")
    phone: PhoneField = Field(alias="telefon", description="Telefonnummer, fx 24 90 87 31.")

    @property
    def tel(self) -> str:
        """The number for a tel: link, e.g. "+4524908731"."""
        return dialable(self.phone)


class ProcedureCase(StrictModel):
    """One case the procedure covers, e.g. an acute outage or a planned shutdown."""

    model_config = danish("Tilfælde", "Et tilfælde, proceduren dækker, fx akut nedbrud.")

    name: OneLine = Field(alias="navn", description="Fx Akut nedbrud.")
    when: Text = Field(alias="hvornår", description="Hvornår tilfældet gælder.")
    who: Text = Field(alias="hvem", description="Hvem der melder.")
    how: Text = Field(alias="hvordan", description="Hvordan der meldes.")


class FlowStep(StrictModel):
    """One box of the flow model."""

    model_config = danish("Trin", "Et trin i flowmodellen.")

    title: OneLine = Field(alias="titel", description="Trinnets navn, fx Vurdering.")
    text: Text = Field(alias="tekst", description="Hvad der sker i trinnet.")


class ClosingDay(StrictModel):
    """One of the organisation's own closing days besides the public holidays, e.g. 24 December.

    On it, opening hours use the "helligdag" row, as on a public holiday.
    """

    model_config = danish(
        "Lukkedag",
        "En dag ud over de danske helligdage, hvor der holdes lukket som på en helligdag, fx "
        "juleaftensdag.",
    )

    on: ExactDateField = Field(alias="dato", description="Datoen, fx 2026-12-24.")
    name: OneLine = Field(alias="navn", description="Fx Juleaftensdag.")


HELLIGDAGE_NOTICE = (
    "Forældet: de danske helligdage beregnes nu af sig selv. Slet de almindelige helligdage, og "
    "flyt organisationens egne ekstra lukkedage (fx 24. december) til lukkedage."
)
"""What an editor's IDE says about the old key `helligdage`, which is still read."""


class Procedure(Entity):
    """A reporting procedure, e.g. for EDI outages between hospitals and municipalities."""

    model_config = danish(
        "Procedure", "En meldeprocedure, fx ved EDI-nedbrud. Filnavnet er procedurens id."
    )

    title: OneLine = Field(alias="titel", description="Procedurens navn.")
    menu: ShortText | None = Field(
        None,
        alias="menupunkt",
        description="Kort navn i sitets menu (højst 40 tegn), fx EDI-nedbrud. Udelad det: titlen "
        "bruges, hvis den er kort nok.",
    )
    summary: Text = Field(
        alias="kort", description="Det vigtigste i to-tre sætninger: det står øverst på siden."
    )
    form: Text = Field(alias="formular", description="Hvor og hvordan formularen findes.")
    form_url: LinkAddressField | None = Field(
        None,
        alias="formular_url",
        description="Adressen på formularen, hvis den er offentlig: den står som knap øverst på "
        "siden.",
    )
    form_ask: OneLine | None = Field(
        None,
        alias="formular_spørg",
        description="En hel sætning om, hvem man spørger om formularens adresse, når formular_url "
        "ikke er udfyldt, fx Spørg kommunens EOJ-systemansvarlige om adressen. Udelad det: siden "
        "nævner så procedurens første kontakt.",
    )
    fallback: Text = Field(
        alias="nødkanal", description="Hvad man gør, når formularen også er nede."
    )
    municipal_contact: ContactIdField | None = Field(
        None,
        alias="kommunekontakt",
        description="Id'et på den kontakt i kommunernes filer (portfolio/organisationer/), som "
        "nødkanalen ringer til, fx vagttelefon. Læseren vælger sin kommune og ser dens nummer.",
    )
    cases: tuple[ProcedureCase, ...] = Field(
        alias="tilfælde", min_length=1, description="De tilfælde, proceduren dækker."
    )
    fields: tuple[OneLine, ...] = Field(
        alias="felter", min_length=1, description="Hvad en melding skal indeholde."
    )
    applies_from: ClockField = Field(alias="gælder_fra", description='Fx "08:00".')
    applies_until: ClockField = Field(
        alias="gælder_til",
        description='Fx "22:00": meldinger efter dette klokkeslæt behandles næste morgen.',
    )
    contacts: dict[ReferenceField, Contact] = Field(
        alias="kontakter",
        min_length=1,
        description="Kontakterne efter id, i den rækkefølge de skal prøves.",
    )
    after_hours: Text = Field(
        alias="uden_for_tid", description="Hvad man gør, når ingen kontakt svarer."
    )
    broadcast: tuple[Text, ...] = Field(
        (), alias="udsendelse", description="Reglerne for, hvornår der informeres bredt."
    )
    flow: tuple[FlowStep, ...] = Field((), alias="flow", description="Flowmodellens trin.")
    internal: Text | None = Field(
        None, alias="intern_procedure", description="Hvad kommuner og sygehuse selv sørger for."
    )
    closing_days: tuple[ClosingDay, ...] = Field(
        (),
        alias="lukkedage",
        description="Organisationens egne ekstra lukkedage, fx 24. og 31. december eller "
        "grundlovsdag, hvor åbningstiderne for helligdag gælder. De danske helligdage (fx "
        "skærtorsdag, 2. påskedag og juledag) beregnes af sig selv og skrives ikke her.",
    )
    listed_holidays: tuple[ClosingDay, ...] = Field(
        (),
        alias="helligdage",
        description=HELLIGDAGE_NOTICE,
        json_schema_extra={"deprecated": True, "deprecationMessage": HELLIGDAGE_NOTICE},
    )
    systems: dict[ReferenceField, OneLine] = Field(
        {},
        alias="systemer",
        description="Systemerne, driftsmeddelelser kan nævne, efter id, fx cloverleaf: Cloverleaf.",
    )

    @property
    def own_closing_days(self) -> tuple[ClosingDay, ...]:
        """Every date listed in `lukkedage` or the old `helligdage`, once, in date order.

        Why the old list still counts: its dates closed the duty desk before the public holidays
        were computed; those that are public holidays are merely repeated.
        """
        by_date: dict[date, ClosingDay] = {}
        for day in (*self.closing_days, *self.listed_holidays):
            by_date.setdefault(day.on, day)
        return tuple(by_date[on] for on in sorted(by_date))


class NoticeUpdate(StrictModel):
    """A timestamped update to an outage notice."""

    model_config = danish("Opdatering", "En opdatering af driftsmeddelelsen med tidspunkt.")

    at: MomentField = Field(alias="tid", description='Tidspunkt, fx "2026-12-05 19:00".')
    text: Text = Field(alias="tekst", description="Hvad der er nyt.")


class Notice(Entity):
    """An outage notice (driftsmeddelelse): a planned shutdown or an acute outage."""

    model_config = danish(
        "Driftsmeddelelse",
        "En planlagt nedlukning eller et akut nedbrud. Filnavnet er meddelelsens id.",
    )

    title: OneLine = Field(alias="titel", description="Kort overskrift, fx EDI nede i Cosmic.")
    kind: NoticeKindField = Field(alias="type", description="planlagt eller akut.")
    procedure: ReferenceField = Field(
        alias="procedure", description="Id på proceduren, hvis systemer og kontakter bruges."
    )
    systems: tuple[ReferenceField, ...] = Field(
        alias="systemer", min_length=1, description="Berørte systemer (id'er fra proceduren)."
    )
    messages: tuple[OneLine, ...] = Field(
        alias="meddelelser", min_length=1, description="Berørte meddelelser, fx Epikriser."
    )
    announced: MomentField = Field(alias="meldt", description="Hvornår meddelelsen blev sendt.")
    start: MomentField = Field(alias="start", description="Hvornår nedbruddet begyndte/begynder.")
    expected_end: MomentField | None = Field(
        None, alias="forventet_slut", description="Hvornår det ventes løst."
    )
    actual_end: MomentField | None = Field(
        None, alias="faktisk_slut", description="Hvornår det blev løst."
    )
    long_running: StrictBool = Field(
        False,
        alias="langvarig",
        description="Skriv true, hvis nedbruddet eller nedlukningen med vilje varer mere end 7 "
        "dage. Uden den afvises en slut mere end 7 dage efter start som en tastefejl.",
    )
    cause: Text = Field(alias="årsag", description="Årsagen, så godt den kendes.")
    contact: ContactIdField = Field(
        alias="kontakt", description="Id på kontakten, som det står under kontakter: i proceduren."
    )
    contact_person: OneLine | None = Field(
        None, alias="kontaktperson", description="Navn på kontaktpersonen."
    )
    updates: tuple[NoticeUpdate, ...] = Field(
        (), alias="opdateringer", description="Opdateringer, ældste først."
    )


class Heading(StrictModel):
    """A column's heading: in full on pages and in the status report, short in the overview."""

    model_config = danish("Overskrift", "En kolonnes overskrift, lang og kort.")

    heading: OneLine = Field(
        alias="overskrift",
        description="Den fulde overskrift i statusrapporten og på indsatsens side, fx Forventes "
        "klar til fremlæggelse for styregruppen.",
    )
    short: ShortText = Field(
        alias="kort",
        description="Den korte overskrift i oversigtens tabel (højst 40 tegn), fx Klar til "
        "styregruppen.",
    )


class Columns(StrictModel):
    """The headings of the two readiness columns of a group's table."""

    model_config = danish(
        "Kolonner", "Overskrifterne på de to kolonner om, hvornår en indsats forventes klar."
    )

    ready_for_committee: Heading = Field(
        Heading.model_validate(
            {
                "overskrift": "Forventes klar til fremlæggelse for udvalget",
                "kort": "Klar til udvalg",
            }
        ),
        alias="klar_til_udvalg",
        description="Kolonnen med indsatsernes klar_til_udvalg: hvornår de forventes klar til at "
        "blive fremlagt for det udvalg, der skal godkende dem.",
    )
    ready_for_implementation: Heading = Field(
        Heading.model_validate(
            {
                "overskrift": "Forventes klar til implementering",
                "kort": "Klar til implementering",
            }
        ),
        alias="klar_til_implementering",
        description="Kolonnen med indsatsernes klar_til_implementering: hvornår de forventes "
        "klar til at blive taget i brug.",
    )


class Committee(StrictModel):
    """A committee groups report to, e.g. a board of region and municipalities."""

    model_config = danish("Udvalg", "Et udvalg eller forum, grupperne rapporterer til.")

    name: OneLine = Field(alias="navn", description="Udvalgets fulde navn.")
    short_name: OneLine | None = Field(
        None, alias="kort_navn", description="Forkortelsen eller det korte navn, hvis der er et."
    )
    description: Text | None = Field(
        None,
        alias="beskrivelse",
        description="Kort om udvalget: hvem der sidder i det, og hvad det beslutter.",
    )

    @property
    def label(self) -> str:
        """The name with the short name in brackets, as a group's rapporterer_til often has it."""
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def named_by(self, text: str) -> bool:
        """Whether `text` (a group's rapporterer_til) names this committee."""
        wanted = " ".join(text.split()).casefold()
        return wanted in {n.casefold() for n in (self.name, self.short_name, self.label) if n}


class ColourMeanings(StrictModel):
    """What each colour means in this portfolio: the legend's texts."""

    model_config = danish(
        "Farvernes betydning",
        "Hvad hver farve betyder i porteføljen: teksterne i farveforklaringen.",
    )

    green: OneLine = Field(
        "Indsatsen forløber planmæssigt", alias="grøn", description="Hvad grøn betyder."
    )
    yellow: OneLine = Field(
        "Indsatsen kræver opmærksomhed eller afventer afklaringer",
        alias="gul",
        description="Hvad gul betyder.",
    )
    red: OneLine = Field(
        "Indsatsen kræver handling i den ansvarlige gruppe",
        alias="rød",
        description="Hvad rød betyder, fx hvor der skal handles.",
    )
    grey: OneLine = Field("Indsatsen er afsluttet", alias="grå", description="Hvad grå betyder.")
    blue: OneLine = Field(
        "Indsatsen afventer igangsættelse", alias="blå", description="Hvad blå betyder."
    )

    def of(self, colour: Colour) -> str:
        """The meaning of `colour`."""
        return str(getattr(self, colour.name.lower()))


class Publisher(StrictModel):
    """Who publishes the site: named at the foot of every page, reached from the statement page.

    Why phone and e-mail apart from a contact: the accessibility statement must give a way to
    call and a way to write, and the page says plainly when either is not given.
    """

    model_config = danish(
        "Udgiver",
        "Hvem der udgiver sitet. Navnet står nederst på hver side; telefon og e-mail står på "
        "siden om tilgængelighed, så læsere kan sige til, hvis noget ikke kan bruges.",
    )

    name: OneLine = Field(
        alias="navn", description="Udgiverens navn, fx regionens, kommunens eller sekretariatets."
    )
    phone: PhoneField | None = Field(
        None,
        alias="telefon",
        description="Telefonnummer, læsere kan ringe til om sitet, fx 24 90 87 31. Udelad det, "
        "hvis det ikke er oplyst: skriv aldrig et gættet nummer.",
    )
    email: EmailField | None = Field(
        None,
        alias="email",
        description="E-mailadresse, læsere kan skrive til om sitet. Udelad den, hvis den ikke er "
        "oplyst.",
    )

    @property
    def tel(self) -> str | None:
        """The number for a tel: link, e.g. "+4524908731"; None when it is not given."""
        return dialable(self.phone) if self.phone else None


class Settings(Entity):
    """The portfolio's own words: headings, committees, colours' meanings, publisher, statement.

    One optional file, portfolio/indstillinger.yml; without it (or a key of it) the neutral
    defaults hold, so the tool carries no region's words of its own.
    """

    model_config = danish(
        "Indstillinger",
        "Porteføljens egne ord: kolonneoverskrifter, udvalg, farvernes betydning, udgiveren og "
        "tilgængelighedserklæringen. Filen er valgfri, og hvert felt i den er valgfrit: det, der "
        "ikke står, har neutrale ord.",
    )

    id: SkipJsonSchema[str] = Field("indstillinger", alias="id", description="Filnavnet.")
    columns: Columns = Field(
        Columns(),
        alias="kolonner",
        description="Overskrifterne på kolonnerne om, hvornår en indsats forventes klar.",
    )
    committees: tuple[Committee, ...] = Field(
        (),
        alias="udvalg",
        description="De udvalg, grupperne rapporterer til; de står på siden Grupper.",
    )
    colours: ColourMeanings = Field(
        ColourMeanings(),
        alias="farver",
        description="Hvad grøn, gul, rød, grå og blå betyder i porteføljen.",
    )
    publisher: Publisher | None = Field(
        None,
        alias="udgiver",
        description="Hvem der udgiver sitet, og hvordan læsere kontakter udgiveren. Uden den "
        "nævner bunden af siderne ingen udgiver.",
    )
    accessibility_statement: WebAddressField | None = Field(
        None,
        alias="tilgængelighedserklæring",
        description="Adressen på sitets tilgængelighedserklæring i Digitaliseringsstyrelsens "
        "WAS-Tool, fx https://www.was.digst.dk/eksempel-dk. Linket Tilgængelighedserklæring "
        "nederst på hver side og siden /was fører dertil.",
    )

    def meaning(self, colour: Colour) -> str:
        """What `colour` means in this portfolio, e.g. "Indsatsen forløber planmæssigt".

        Without a closing full stop: where a sentence needs one, the page adds it.
        """
        return self.colours.of(colour).rstrip(".")

    def committee_of(self, group: Group) -> int | None:
        """The place (1, 2 …) under udvalg of the committee a group's rapporterer_til names.

        None when it names none of them (another group, or a committee not in the settings).
        """
        found = (n for n, c in enumerate(self.committees, 1) if c.named_by(group.reports_to))
        return next(found, None)


@dataclass(frozen=True)
class Portfolio:
    """Everything the site shows, validated and indexed by id.

    A new kind of file is one more entry in `macros.data.kinds` and one more mapping here.
    """

    programmes: Mapping[str, Programme]
    groups: Mapping[str, Group]
    initiatives: Mapping[str, Initiative]
    milestones: Mapping[str, Milestone]
    decisions: Mapping[str, Decision]
    """Recommendations, decisions and options by id."""
    procedures: Mapping[str, Procedure]
    notices: Mapping[str, Notice]
    organisations: Mapping[str, Organisation]
    settings: Settings
    """The portfolio's own words (portfolio/indstillinger.yml), or the neutral defaults."""
    source_files: Mapping[str, str]
    """Display path of the file each entity came from, keyed by "kind/id"."""


__all__ = [
    "Colour",
    "ColourMeanings",
    "Columns",
    "Committee",
    "Decision",
    "DecisionStatus",
    "DecisionType",
    "Entity",
    "Group",
    "Heading",
    "HistoryEntry",
    "Initiative",
    "Link",
    "Milestone",
    "MilestoneStatus",
    "Notice",
    "Organisation",
    "OrganisationContact",
    "Portfolio",
    "Procedure",
    "Programme",
    "Publisher",
    "Revision",
    "Section",
    "Settings",
    "Step",
    "StrictModel",
]
