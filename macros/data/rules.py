"""Rules a single field cannot express: date order inside a file, references between files.

Each rule returns findings as (field location, Danish message); the validate stage turns the
location into file:line:col.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import Any

from macros.core.clock import AsOf
from macros.core.danish_holidays import public_holiday
from macros.core.periods import Period
from macros.data.fields import ID_PATTERN, NoticeKind, OrganisationType, moment_text, suggest
from macros.data.kinds import (
    INITIATIVE,
    KINDS_BY_NAME,
    MILESTONE,
    NOTICE,
    ORGANISATION,
    PROCEDURE,
    Kind,
)
from macros.data.models import (
    Decision,
    Entity,
    Initiative,
    Milestone,
    MilestoneStatus,
    Notice,
    Organisation,
    OrganisationContact,
    Procedure,
    Programme,
    Wave,
)

Loc = tuple[int | str, ...]
MENU_LENGTH = 40
"""The longest name the menu shows in full (a procedure's menupunkt, or its title without one)."""
Finding = tuple[Loc, str]

LONGEST_NOTICE = timedelta(days=7)
"""How long an outage notice may last before it must say `langvarig: true`."""


def within_file(entity: Entity) -> Iterator[Finding]:
    """What contradicts itself within one file: dates, opening hours, an id listed twice."""
    if isinstance(entity, Initiative):
        yield from _initiative_dates(entity)
        yield from _named_once(("deltagere",), entity.participants, "organisationen")
        yield from _named_once(("afhænger_af",), entity.depends_on, "indsatsen")
        yield from _distinct_wave_names(entity.roll_out)
        yield from _once_per_plan(entity.roll_out)
    elif isinstance(entity, Milestone):
        yield from _milestone_dates(entity)
        yield from _named_once(("deltagere",), entity.participants, "organisationen")
        yield from _distinct_wave_names(entity.roll_out)
        yield from _once_per_plan(entity.roll_out)
    elif isinstance(entity, Decision):
        yield from _named_once(("indsatser",), entity.initiatives, "indsatsen")
    elif isinstance(entity, Organisation):
        for contact_id, contact in entity.contacts.items():
            yield from _contact_hours(("kontakter", contact_id, "åbningstider"), contact)
    elif isinstance(entity, Programme):
        yield from _not_before(("slut",), entity.end, "start", entity.start)
    elif isinstance(entity, Procedure):
        yield from _procedure_menu(entity)
        yield from _procedure_hours(entity)
        yield from _closing_days(entity)
    elif isinstance(entity, Notice):
        yield from _notice_times(entity)


def _not_before(
    loc: Loc, later: Period | None, earlier_name: str, earlier: Period | None
) -> Iterator[Finding]:
    # Fuzzy periods only clash when the whole later period ends before the earlier one starts.
    if later is not None and earlier is not None and later.end < earlier.start:
        yield loc, f"{later} ligger før {earlier_name} ({earlier}) — ret en af datoerne"


def _notice_times(notice: Notice) -> Iterator[Finding]:
    """Ends after the start; a planned shutdown announced before it starts; updates in order."""
    start = moment_text(notice.start)
    for field, end in (
        ("forventet_slut", notice.expected_end),
        ("faktisk_slut", notice.actual_end),
    ):
        if end is not None and end <= notice.start:
            yield (
                (field,),
                f"{moment_text(end)} ligger ikke efter start ({start}) — ret et af tidspunkterne",
            )
        # Why: a slip in the year made a ten-year event in every reader's calendar.
        elif end is not None and end - notice.start > LONGEST_NOTICE and not notice.long_running:
            yield (
                (field,),
                f"{moment_text(end)} ligger mere end {LONGEST_NOTICE.days} dage efter start "
                f"({start}) — tjek dato og årstal; varer det så længe med vilje, så skriv "
                "langvarig: true",
            )
    if notice.kind is NoticeKind.PLANNED and notice.announced >= notice.start:
        announced = moment_text(notice.announced)
        yield (
            ("meldt",),
            (
                f"{announced} er ikke før start ({start}) — en planlagt nedlukning meldes, før den "
                "begynder; er den allerede i gang, så skriv type: akut"
            ),
        )
    previous = notice.announced
    for index, update in enumerate(notice.updates):
        if update.at < previous:
            order = "opdateringer står i tidsorden efter meldt"
            yield (
                ("opdateringer", index, "tid"),
                (f"{moment_text(update.at)} ligger før {moment_text(previous)} — {order}"),
            )
        previous = max(previous, update.at)


def _procedure_menu(procedure: Procedure) -> Iterator[Finding]:
    """The name in the menu is short enough to be shown in full (menupunkt, else the title)."""
    if procedure.menu is None and len(procedure.title) > MENU_LENGTH:
        yield (
            ("titel",),
            f"titlen er for lang til sitets menu ({len(procedure.title)} tegn) — tilføj "
            f"menupunkt: med et kort navn på højst {MENU_LENGTH} tegn, fx EDI-nedbrud",
        )


def _procedure_hours(procedure: Procedure) -> Iterator[Finding]:
    """Opening hours run forwards and do not overlap on the same day for one contact."""
    if procedure.applies_until <= procedure.applies_from:
        late = f"{procedure.applies_until} ligger ikke efter gælder_fra ({procedure.applies_from})"
        yield ("gælder_til",), f"{late} — ret et af klokkeslættene"
    for contact_id, contact in procedure.contacts.items():
        yield from _contact_hours(("kontakter", contact_id, "åbningstider"), contact)


def _closing_days(procedure: Procedure) -> Iterator[Finding]:
    """An own closing day that is a public holiday: the site computes those itself.

    Why only `lukkedage`: the old key `helligdage` held the public holidays by design, and a file
    written that way must keep validating.
    """
    for index, day in enumerate(procedure.closing_days):
        holiday = public_holiday(day.on)
        if holiday is not None:
            yield (
                ("lukkedage", index, "dato"),
                f"{day.on.isoformat()} er allerede en helligdag ({holiday}), som sitet selv "
                "beregner — slet linjen; under lukkedage står kun organisationens egne ekstra "
                "lukkedage",
            )


def _named_once(loc: Loc, ids: Sequence[str], noun: str) -> Iterator[Finding]:
    """Each id at most once in a list; the second mention is the one to delete."""
    seen: set[str] = set()
    for index, named in enumerate(ids):
        if named in seen:
            yield (*loc, index), f"{noun} {named} står der allerede — slet den ene af dem"
        seen.add(named)


def _once_per_plan(waves: Sequence[Wave]) -> Iterator[Finding]:
    """An organisation goes live once: it stands in one wave of a plan, once."""
    seen: dict[str, int] = {}
    for wave_index, wave in enumerate(waves):
        for index, go_live in enumerate(wave.organisations):
            named = go_live.organisation
            loc = ("udrulning", wave_index, "organisationer", index)
            if named in seen:
                first = seen[named]
                where = "i samme rul" if first == wave_index else f"i {waves[first].name}"
                yield loc, f"organisationen {named} står allerede {where} — slet den ene af dem"
            seen.setdefault(named, wave_index)


def _distinct_wave_names(waves: Sequence[Wave]) -> Iterator[Finding]:
    """Each wave has a name of its own: the matrix and the messages tell waves apart by it."""
    names: dict[str, int] = {}
    for wave_index, wave in enumerate(waves):
        first = names.setdefault(wave.name.casefold(), wave_index)
        if first != wave_index:
            taken = f"'{wave.name}' er allerede navnet på rul nr. {first + 1} i planen"
            yield ("udrulning", wave_index, "navn"), f"{taken} — giv hvert rul sit eget navn"


def _contact_hours(loc: Loc, contact: OrganisationContact) -> Iterator[Finding]:
    seen: dict[str, list[tuple[str, str, int]]] = {}
    for index, hours in enumerate(contact.hours):
        if hours.closes <= hours.opens:
            late = f"{hours.closes} ligger ikke efter fra ({hours.opens})"
            yield (*loc, index, "til"), f"{late} — ret et af klokkeslættene"
            continue
        for day in hours.days:
            for opens, closes, other in seen.get(day.value, []):
                if hours.opens < closes and opens < hours.closes:
                    yield (
                        (*loc, index, "fra"),
                        (
                            f"{day.value} {hours.opens}–{hours.closes} overlapper "
                            f"{opens}–{closes} (åbningstid {other + 1}) — ret et af tidsrummene"
                        ),
                    )
            seen.setdefault(day.value, []).append((hours.opens, hours.closes, index))


def _initiative_dates(initiative: Initiative) -> Iterator[Finding]:
    yield from _not_before(("afsluttet",), initiative.completed, "start", initiative.start)
    yield from _not_before(("slut",), initiative.end, "start", initiative.start)
    for index, entry in enumerate(initiative.history):
        if entry.on > initiative.status_date:
            yield (
                ("historik", index, "dato"),
                f"{entry.on.isoformat()} ligger efter statusdato "
                f"({initiative.status_date.isoformat()}) "
                "— historik er tidligere status; ret datoen, eller flyt teksten op i status",
            )


def after_as_of(entity: Entity, as_of: AsOf) -> Iterator[Finding]:
    """Statuses and decisions dated after the as-of date.

    Why: a site pinned to a snapshot date would otherwise leave a newer status (or a deadline
    changed later) out of its counts without a word; a status from the future of the build's own
    date is a typo.
    """
    for loc, day in _recorded_dates(entity):
        if day > as_of.day:
            message = f"{day.isoformat()} ligger efter opgørelsesdatoen {as_of}"
            yield loc, f"{message} — {as_of.source.remedy}"
    if isinstance(entity, Initiative | Milestone):
        yield from _live_after_as_of(entity.roll_out, as_of)


def _live_after_as_of(waves: Sequence[Wave], as_of: AsOf) -> Iterator[Finding]:
    """An actual go-live that has not begun yet: the editor meant the planned date."""
    advice = "i_drift er, når organisationen faktisk gik i drift; en forventet dato skrives under "
    for wave_index, wave in enumerate(waves):
        for index, go_live in enumerate(wave.organisations):
            if go_live.live is not None and go_live.live.start > as_of.day:
                loc = ("udrulning", wave_index, "organisationer", index, "i_drift")
                late = f"{go_live.live} ligger efter opgørelsesdatoen {as_of}"
                yield loc, f"{late} — {advice}planlagt"


def _recorded_dates(entity: Entity) -> list[tuple[Loc, date]]:
    """The days on which something was recorded: a status, an earlier status, a new deadline."""
    if isinstance(entity, Initiative):
        history = [(("historik", i, "dato"), entry.on) for i, entry in enumerate(entity.history)]
        return [(("statusdato",), entity.status_date), *history]
    if isinstance(entity, Milestone):
        return [(("revisioner", i, "dato"), r.decided) for i, r in enumerate(entity.revisions)]
    return []


def same_numbers(milestones: Sequence[tuple[str, Milestone]]) -> Iterator[tuple[str, Finding]]:
    """Milestones of one programme sharing a number; each file is told the others' names.

    Args:
        milestones: each milestone with the file it came from.

    Returns:
        The file and the finding, for every file whose number another file has too.
    """
    files: dict[tuple[str, str], list[str]] = {}
    for file, milestone in milestones:
        if milestone.number is not None:
            files.setdefault((milestone.programme, milestone.number.casefold()), []).append(file)
    for file, milestone in milestones:
        if milestone.number is None:
            continue
        others = [
            other
            for other in files[(milestone.programme, milestone.number.casefold())]
            if other != file
        ]
        if others:
            named = others[0] if len(others) == 1 else f"{', '.join(others[:-1])} og {others[-1]}"
            yield (
                file,
                (
                    ("nummer",),
                    f'"{milestone.number}" er også nummeret på {named} i samme program '
                    f"({milestone.programme}) — giv en af milepælene et andet nummer",
                ),
            )


def dependency_cycles(
    initiatives: Sequence[tuple[str, Initiative]],
) -> Iterator[tuple[str, Finding]]:
    """Indsatser that wait for each other in a ring (afhænger_af), one ring per tangle.

    The ring is told in the file of its first indsats by id, at the reference that starts it.
    """
    by_id = {initiative.id: (file, initiative) for file, initiative in initiatives}
    waits_for = {key: initiative.depends_on for key, (_, initiative) in by_id.items()}
    for tangle in _tangles(waits_for):
        start = min(tangle)
        ring = _shortest_ring(start, waits_for, tangle)
        file, initiative = by_id[start]
        index = initiative.depends_on.index(ring[1] if len(ring) > 1 else start)
        yield file, (("afhænger_af", index), _ring_message(ring))


def _tangles(waits_for: Mapping[str, Sequence[str]]) -> list[frozenset[str]]:
    """The groups of indsatser that each reach one another (with a ring), by Kosaraju's method."""
    order: list[str] = []
    seen: set[str] = set()
    for root in sorted(waits_for):
        _finish_order(root, waits_for, seen, order)
    waited_on_by: dict[str, list[str]] = {}
    for waiting, others in waits_for.items():
        for other in others:
            waited_on_by.setdefault(other, []).append(waiting)
    assigned: set[str] = set()
    tangles = []
    for root in reversed(order):
        if root in assigned:
            continue
        members: list[str] = []
        _finish_order(root, waited_on_by, assigned, members)
        if len(members) > 1 or root in waits_for.get(root, ()):
            tangles.append(frozenset(members))
    return sorted(tangles, key=min)


def _finish_order(
    root: str, edges: Mapping[str, Sequence[str]], seen: set[str], order: list[str]
) -> None:
    """Depth first from `root` without recursion; each node is appended when it is finished."""
    if root in seen:
        return
    seen.add(root)
    stack = [(root, iter(edges.get(root, ())))]
    while stack:
        node, following = stack[-1]
        step = next((other for other in following if other not in seen), None)
        if step is None:
            stack.pop()
            order.append(node)
        else:
            seen.add(step)
            stack.append((step, iter(edges.get(step, ()))))


def _shortest_ring(
    start: str, waits_for: Mapping[str, Sequence[str]], tangle: frozenset[str]
) -> list[str]:
    """The shortest way from `start` back to itself inside its tangle, as the ids on the way."""
    came_from: dict[str, str] = {}
    queue = [start]
    for current in queue:
        for following in waits_for[current]:
            if following == start:
                ring = [current]
                while ring[-1] != start:
                    ring.append(came_from[ring[-1]])
                return ring[::-1]
            if following in tangle and following not in came_from:
                came_from[following] = current
                queue.append(following)
    raise AssertionError(f"{start} is in a tangle, so a ring leads back to it")


def _ring_message(ring: list[str]) -> str:
    if len(ring) == 1:
        return f"indsatsen kan ikke afhænge af sig selv — slet {ring[0]}"
    shown = " → ".join([*ring, ring[0]])
    return f"indsatserne venter på hinanden i ring ({shown}) — slet en af henvisningerne"


def _milestone_dates(milestone: Milestone) -> Iterator[Finding]:
    done = milestone.status is MilestoneStatus.DONE
    if done and milestone.completed is None:
        yield ("status",), "status er afsluttet, men datoen mangler — tilføj afsluttet: <dato>"
    if milestone.completed is not None and not done:
        yield (
            ("afsluttet",),
            f"afsluttet er udfyldt, men status er {milestone.status.value} — skriv status: "
            "afsluttet, eller slet afsluttet",
        )
    yield from _not_before(("afsluttet",), milestone.completed, "start", milestone.start)
    yield from _not_before(("forventet",), milestone.expected, "start", milestone.start)
    yield from _revision_order(milestone)


def _revision_order(milestone: Milestone) -> Iterator[Finding]:
    if milestone.revisions and milestone.deadline is None:
        yield (
            ("revisioner",),
            "en revision ændrer en deadline, men den oprindelige mangler — tilføj deadline: "
            "med den først godkendte deadline",
        )
    previous_deadline = milestone.deadline
    previous_decided = None
    for index, revision in enumerate(milestone.revisions):
        if previous_decided is not None and revision.decided < previous_decided:
            yield (
                ("revisioner", index, "dato"),
                f"{revision.decided.isoformat()} er før den forrige revision "
                f"({previous_decided.isoformat()}) — skriv revisionerne i tidsorden, ældste først",
            )
        if revision.deadline == previous_deadline:
            yield (
                ("revisioner", index, "deadline"),
                f"den nye deadline ({revision.deadline}) er den samme som før — ret den, eller "
                "slet revisionen",
            )
        previous_deadline, previous_decided = revision.deadline, revision.decided


def references(
    kind: Kind,
    data: Mapping[str, Any],
    known: Mapping[str, AbstractSet[str]],
    unknowable: AbstractSet[str] = frozenset(),
) -> Iterator[Finding]:
    """References to other files that do not resolve (the fields the kinds registry names).

    Why raw data: the references are checked even in a file that has other errors, so the editor
    sees them in the same run. `known` maps a kind name to the ids of every file of that kind,
    and each name of `named_inside` to the ids files define; `unknowable` holds those names a
    file that could not be read might define (`unreadable_inside`), which are not checked.
    """
    for field, named in kind.references:
        value = data.get(field)
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _resolve((field, index), item, named, known)
        else:
            yield from _resolve((field,), value, named, known)
    if kind in (INITIATIVE, MILESTONE):
        yield from _roll_out_references(data.get("udrulning"), known)
    if kind is NOTICE:
        yield from _notice_references(data, known, unknowable)
    if kind is PROCEDURE and MUNICIPAL_CONTACTS not in unknowable:
        yield from _municipal_contact(data.get("kommunekontakt"), known)


def _roll_out_references(waves: object, known: Mapping[str, AbstractSet[str]]) -> Iterator[Finding]:
    """The organisations of each wave: a bare id, or the id under `organisation`."""
    for wave_index, wave in _items(waves):
        organisations = wave.get("organisationer") if isinstance(wave, dict) else None
        for index, entry in _items(organisations):
            loc: Loc = ("udrulning", wave_index, "organisationer", index)
            if isinstance(entry, dict):
                loc, entry = (*loc, "organisation"), entry.get("organisation")
            yield from _resolve(loc, entry, "organisation", known)


def _items(value: object) -> Iterator[tuple[int, object]]:
    yield from enumerate(value) if isinstance(value, list) else ()


def _municipal_contact(
    reference: object, known: Mapping[str, AbstractSet[str]]
) -> Iterator[Finding]:
    """A procedure's `kommunekontakt` is a contact id at least one kommune's file has."""
    ids = sorted(known.get(MUNICIPAL_CONTACTS, set()))
    if not isinstance(reference, str) or not ID_PATTERN.fullmatch(reference) or reference in ids:
        return
    close = suggest(reference, ids)
    if close:
        hint = f"mente du {close}?"
    elif ids:
        hint = f"brug et af: {', '.join(ids)}"
    else:
        hint = "skriv den under kontakter: i kommunernes filer, eller slet kommunekontakt"
    yield ("kommunekontakt",), f"ingen kommune har kontakten '{reference}' — {hint}"


MUNICIPAL_CONTACTS = "kontakter@*kommuner"
"""The contact ids the kommuner's files define, together (a procedure's `kommunekontakt`); the
asterisk keeps it apart from "kontakter@<procedure id>", as no id has one."""


def named_inside(kind: Kind, entity_id: str, data: Mapping[str, Any]) -> dict[str, set[str]]:
    """Ids a file defines for others to name: a procedure's systems and contacts.

    A kommune's contacts are merged with every other kommune's under MUNICIPAL_CONTACTS.
    """
    if kind is ORGANISATION and data.get("type") == OrganisationType.MUNICIPALITY.value:
        return {MUNICIPAL_CONTACTS: set(_keys(data.get("kontakter")))}
    if kind is not PROCEDURE:
        return {}
    return {
        f"{field}@{entity_id}": set(_keys(data.get(field))) for field in ("systemer", "kontakter")
    }


def unreadable_inside(kind: Kind, entity_id: str) -> set[str]:
    """The names of `named_inside` a file might define that could not be read.

    Why: its systems and contacts are unknown, so a reference to them is not the error to report.
    An organisation's type is unknown too, so it may be a kommune with contacts.
    """
    if kind is ORGANISATION:
        return {MUNICIPAL_CONTACTS}
    if kind is PROCEDURE:
        return {f"{field}@{entity_id}" for field in ("systemer", "kontakter")}
    return set()


def _keys(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        yield from (key for key in value if isinstance(key, str))


def _notice_references(
    data: Mapping[str, Any], known: Mapping[str, AbstractSet[str]], unknowable: AbstractSet[str]
) -> Iterator[Finding]:
    """A notice's systems and contact, which its procedure defines (if it could be read)."""
    procedure = data.get("procedure")
    if not isinstance(procedure, str) or procedure not in known["procedure"]:
        return
    if f"kontakter@{procedure}" in unknowable:
        return
    systems = data.get("systemer")
    if isinstance(systems, list):
        for index, system in enumerate(systems):
            yield from _resolve_inside(("systemer", index), system, "systemer", procedure, known)
    yield from _resolve_inside(("kontakt",), data.get("kontakt"), "kontakter", procedure, known)


def _resolve_inside(
    loc: Loc, reference: object, field: str, procedure: str, known: Mapping[str, AbstractSet[str]]
) -> Iterator[Finding]:
    ids = sorted(known.get(f"{field}@{procedure}", set()))
    if not isinstance(reference, str) or not ID_PATTERN.fullmatch(reference) or reference in ids:
        return
    noun = "systemet" if field == "systemer" else "kontakten"
    listed = ", ".join(ids) if ids else "ingen"
    yield loc, (f"proceduren {procedure} kender ikke {noun} '{reference}' — brug et af: {listed}")


def _resolve(
    loc: Loc, reference: object, kind: str, known: Mapping[str, AbstractSet[str]]
) -> Iterator[Finding]:
    ids = known[kind]
    # Malformed or missing ids are the schema's to report; only well-formed ones are looked up.
    if not isinstance(reference, str) or not ID_PATTERN.fullmatch(reference) or reference in ids:
        return
    message = f"der findes {KINDS_BY_NAME[kind].none} med id'et '{reference}'"
    close = suggest(reference, sorted(ids))
    if close:
        yield loc, f"{message} — mente du {close}?"
    else:
        folder = KINDS_BY_NAME[kind].folder
        yield loc, f"{message} — id'et er et filnavn i portfolio/{folder}/ uden .yml"
