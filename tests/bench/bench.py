"""`make bench`: time `portfolio validate` on a synthetic portfolio; prints, asserts nothing.

The portfolio has 1,000 indsatser with 5 dated steps each and 200 programme milestones. The
baseline, run in the same process on the same files, is the floor any validator pays: reading
each file and parsing it with libyaml (`yaml.load` with CSafeLoader). Target: `portfolio
validate` ≤ 1.5 s for the whole portfolio on a 2-core machine.

Then the full build (site_bench.py): the real site built on the same portfolio against a bare
Material site of as many pages. `--kun-validering` or `--kun-site` runs only one part.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from site_bench import build_real_site, time_site_builds
from site_facts import print_site_facts

from macros.data.validate import check_portfolio

INITIATIVES = 1_000
MILESTONES = 200
GROUPS = 6
ROUNDS = 3
TARGET_SECONDS = 1.5
SIZES = (1_000, 3_000)
TARGET_SCALING = 3.1
_COLOURS = ("grøn", "gul", "rød", "grå", "blå")
_WHEN = ("2018-04-{day:02d}", "{day:02d}-05-18", "marts 2019", "{q}. kvartal 2019", "medio 2020")


def write_synthetic_portfolio(
    root: Path, initiatives: int = INITIATIVES, milestones: int = MILESTONES
) -> int:
    """Write the synthetic portfolio under `root`; return the number of files."""
    for folder in ("programmer", "grupper", "indsatser", "milepæle"):
        (root / folder).mkdir(parents=True)
    (root / "programmer" / "program.yml").write_text(
        "navn: Syntetisk program\nstart: 2018\n", encoding="utf-8"
    )
    for number in range(GROUPS):
        (root / "grupper" / f"gruppe-{number}.yml").write_text(
            f"navn: Gruppe {number}\nrapporterer_til: DAK\nprogram: program\n"
            f"rækkefølge: {number + 1}\n",
            encoding="utf-8",
        )
    for number in range(initiatives):
        (root / "indsatser" / f"indsats-{number:04d}.yml").write_text(
            _initiative(number), encoding="utf-8"
        )
    for number in range(milestones):
        (root / "milepæle" / f"milepæl-{number:03d}.yml").write_text(
            _milestone(number), encoding="utf-8"
        )
    return 1 + GROUPS + initiatives + milestones


def _initiative(number: int) -> str:
    steps = "".join(
        f"  - dato: {when.format(day=number % 28 + 1, q=number % 4 + 1)}\n"
        f"    tekst: Skridt {step} i indsats {number} forelægges følgegruppen.\n"
        for step, when in enumerate(_WHEN)
    )
    return (
        "# yaml-language-server: $schema=../../content/schema/indsats.schema.json\n"
        f"titel: Syntetisk indsats nummer {number}\nprogram: program\n"
        f"gruppe: gruppe-{number % GROUPS}\n"
        f"sektion: Prioriterede indsatser\nfarve: {_COLOURS[number % 5]}\nstatusdato: 2018-02-20\n"
        "start: 1. halvår 2017\nstatus: >-\n  Arbejdsgruppen er nedsat og har holdt to møder.\n\n"
        "  Kommissoriet forventes godkendt i DAK.\n"
        f"milepæle:\n{steps}klar_til_sku_dak: 2. kvartal 2018\nklar_til_psof: 2. halvår 2018\n"
        "historik:\n  - dato: 2017-11-23\n    farve: gul\n    tekst: Afventede kommissorium.\n"
        "tags: [syntetisk, benchmark]\n"
    )


def _milestone(number: int) -> str:
    return (
        f'nummer: "{number // 10 + 1}.{number % 10 + 1}"\ntema: Tema {number // 10 + 1}\n'
        f"titel: Syntetisk milepæl {number}\nkriterie: Milepælen er nået, når planen er godkendt.\n"
        "status: igangsat\nprogram: program\ngruppe: gruppe-0\ndeadline: november 2018\n"
        "revisioner:\n  - dato: 2018-06-01\n    deadline: august 2019\n"
        "    begrundelse: Forsinket levering.\n"
        "forventet: august 2019\nforsinkelse: 0-3 måneder\n"
        f"indsatser: [indsats-{number:04d}, indsats-{number + 1:04d}]\n"
    )


def _best_of(rounds: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _parse_only(root: Path) -> None:
    for path in sorted(root.rglob("*.yml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def _validate_in_process(root: Path) -> None:
    portfolio, issues = check_portfolio(root, "portfolio")
    if issues or portfolio is None:
        raise SystemExit(f"the synthetic portfolio is invalid: {issues[:3]}")


def _validate_command(root: Path) -> None:
    command = [str(Path(sys.executable).with_name("portfolio")), "validate", "--mappe", str(root)]
    subprocess.run(command, check=True, capture_output=True)


def _time_validation(root: Path, files: int) -> None:
    baseline = _best_of(ROUNDS, lambda: _parse_only(root))
    in_process = _best_of(ROUNDS, lambda: _validate_in_process(root))
    command = _best_of(ROUNDS, lambda: _validate_command(root))
    print(f"  grundlinje, kun libyaml-parsning:     {baseline:6.3f} s")
    print(
        f"  validering i processen:               {in_process:6.3f} s  "
        f"({files / in_process:,.0f} filer/s, {in_process / baseline:.1f} × grundlinjen)"
    )
    print(
        f"  portfolio validate (hele kommandoen): {command:6.3f} s  "
        f"({files / command:,.0f} filer/s)"
    )
    # Why scaled: the target is 1.5 s per 1,000 indsatser (about 1,200 files).
    target = TARGET_SECONDS * files / 1_207
    verdict = "nået" if command <= target else "IKKE nået"
    print(f"  mål ≤ {target:.1f} s for hele kommandoen: {verdict}", flush=True)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Måler validering og byg af sitet.")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--kun-validering", action="store_true", help="spring det fulde byg over")
    only.add_argument("--kun-site", action="store_true", help="spring valideringen over")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Generate, time and print: 1,000 indsatser, then 3,000 for how the build scales."""
    arguments = _arguments(argv)
    started = time.perf_counter()
    best: dict[int, float] = {}
    for initiatives in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "portfolio"
            milestones = initiatives // 5
            files = write_synthetic_portfolio(root, initiatives, milestones)
            print(
                f"\nSyntetisk portefølje: {files} filer "
                f"({initiatives} indsatser à 5 skridt, {milestones} milepæle)",
                flush=True,
            )
            if not arguments.kun_site:
                _time_validation(root, files)
            if not arguments.kun_validering:
                best[initiatives] = time_site_builds(root, Path(folder))
                site = Path(folder) / "site-mål"
                build_real_site(root, site)
                print_site_facts(site, search=initiatives == SIZES[-1])
    if len(best) == len(SIZES):
        scaling = best[SIZES[1]] / best[SIZES[0]]
        verdict = "nået" if scaling <= TARGET_SCALING else "IKKE nået"
        print(
            f"\nSkalering i CPU-tid {SIZES[1]:,}/{SIZES[0]:,} indsatser: {scaling:.2f} "
            f"(mål ≤ {TARGET_SCALING}: {verdict})".replace(",", ".")
        )
    print(f"Samlet tid: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
