"""Full-build mode of `make bench`: the real site on the synthetic portfolio vs. bare Material.

Both builds run in this process through MkDocs' Python API, alternating, so neither is favoured
by warm imports or caches. The real build is the repo's own mkdocs.yml, content/ and overrides/
with the plugin pointed at the synthetic portfolio. The bare build is Material with search and
the same Markdown extensions, over as many plain pages (heading, paragraph, small table) as the
real build produced, kept out of the nav like our generated pages. The bare build is the floor
any Material site of that size pays, its search included.

The real build runs Pagefind after MkDocs (a child process), so the measure is the CPU time of
all processes: what the build costs, whatever the number of cores. Target: real ≤ 1.2 × bare in
CPU time; the wall-clock ratio is printed beside it. Prints, asserts nothing.
"""

from __future__ import annotations

import gc
import logging
import os
import resource
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from macros.core.site_config import PLUGIN_NAME

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 3
TARGET_CPU_RATIO = 1.2
AS_OF = "2023-05-15"
# The bare project's folders: pages in the nav (as many as the real nav), and all the others.
NAV_FOLDER = "menu"
PAGE_FOLDER = "sider"
_PARAGRAPH = (
    "Arbejdsgruppen har holdt møde og gennemgået planen for det kommende halvår. Kommissoriet "
    "er sendt til høring i kommunerne, og regionen har meldt tilbage med få bemærkninger. "
    "Næste skridt er en drøftelse i følgegruppen, hvorefter indstillingen forelægges DAK. "
    "Tidsplanen holder, men ressourcerne i praksissektoren er fortsat en udfordring."
)

Extensions = list[str | dict[str, Any]]


@dataclass(frozen=True)
class Build:
    """One timed build: wall and CPU time (its child processes too), pages and files written."""

    seconds: float
    cpu_seconds: float
    pages: int
    files: int


def time_site_builds(portfolio: Path, work: Path) -> float:
    """Build the real and the bare site alternately, ROUNDS each, print the figures and return
    the real site's least CPU time."""
    _prepare_environment()
    print(
        f"Fuldt byg (mkdocs build i processen, {ROUNDS} runder skiftevis, PORTFOLIO_AS_OF={AS_OF})",
        flush=True,
    )
    # Loaded, never built: the real nav and extensions the bare project copies.
    reference = _real_config(portfolio, work / "ubrugt")
    extensions = _markdown_extensions(reference)
    bare_project = work / "bart-projekt"
    real = partial(_real_config, portfolio)
    bare = partial(_bare_config, bare_project, extensions)
    real_runs: list[Build] = []
    bare_runs: list[Build] = []
    for number in range(1, ROUNDS + 1):
        real_runs.append(_timed_build(real, work, "rigtigt"))
        _progress(number, "rigtigt site", real_runs[-1])
        if number == 1:
            # Why after round 1: the bare site mirrors however many pages the real one produced.
            _write_bare_project(bare_project, real_runs[0].pages, _nav_pages(reference.nav))
        bare_runs.append(_timed_build(bare, work, "bart"))
        _progress(number, "bart Material", bare_runs[-1])
    _print_summary(real_runs, bare_runs)
    return min(run.cpu_seconds for run in real_runs)


def build_real_site(portfolio: Path, site: Path) -> None:
    """One untimed build of the real site into `site`, kept for measuring what it holds."""
    _prepare_environment()
    build(_real_config(portfolio, site))


def _prepare_environment() -> None:
    os.environ["PORTFOLIO_AS_OF"] = AS_OF
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    # Why: MkDocs' INFO lines would bury the figures; warnings and errors must still show.
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)


def _real_config(portfolio: Path, site: Path) -> MkDocsConfig:
    # Why the real mkdocs.yml in place: docs_dir, custom_dir and anything else it names resolve
    # exactly as in `make site`; only the plugin's folder is swapped (an absolute path wins).
    config = load_config(config_file=str(REPO / "mkdocs.yml"), site_dir=str(site))
    config.plugins[PLUGIN_NAME].config["portefølje"] = str(portfolio)
    return config


def _bare_config(project: Path, extensions: Extensions, site: Path) -> MkDocsConfig:
    # Why as an override: extension configs may hold Python objects that YAML cannot carry.
    # Why copies: MkDocs empties the {name: options} items it validates.
    fresh = [
        {name: dict(options) for name, options in item.items()} if isinstance(item, dict) else item
        for item in extensions
    ]
    return load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(site), markdown_extensions=fresh
    )


def _markdown_extensions(config: MkDocsConfig) -> Extensions:
    """The real site's extensions, with their options, in mkdocs.yml's own form."""
    return [
        {name: config.mdx_configs[name]} if name in config.mdx_configs else name
        for name in config.markdown_extensions
    ]


def _nav_pages(nav: object) -> int:
    """How many pages the nav lists, nested sections included (Material renders them all)."""
    if isinstance(nav, list):
        return sum(_nav_pages(item) for item in nav)
    if isinstance(nav, dict):
        return sum(_nav_pages(value) for value in nav.values())
    return 1 if isinstance(nav, str) else 0


def _timed_build(configure: Callable[[Path], MkDocsConfig], work: Path, label: str) -> Build:
    """Load the config and build (both timed) into a fresh site folder; count its pages."""
    site = work / f"site-{label}"
    gc.collect()
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    try:
        build(configure(site))
    except MkDocsException as error:
        raise SystemExit(f"Bygget ({label}) fejlede: {error.format_message()}") from None
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_before
    # Why index.html: with directory URLs every page, generated or not, is one; 404.html is not.
    pages = sum(1 for _ in site.rglob("index.html"))
    files = sum(1 for path in site.rglob("*") if path.is_file())
    shutil.rmtree(site)
    return Build(seconds, cpu_seconds, pages, files)


def _cpu_seconds() -> float:
    """CPU time so far of this process and of its finished child processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _write_bare_project(project: Path, pages: int, in_nav: int) -> None:
    """A Material project of `pages` plain pages; the first `in_nav` are in the nav."""
    docs = project / "docs"
    for folder in (NAV_FOLDER, PAGE_FOLDER):
        (docs / folder).mkdir(parents=True)
    in_nav = max(1, min(in_nav, pages))
    names = [
        "index.md",
        *(f"{NAV_FOLDER}/side-{n:03d}.md" for n in range(1, in_nav)),
        *(f"{PAGE_FOLDER}/side-{n:05d}.md" for n in range(in_nav, pages)),
    ]
    config = {
        "site_name": "Bart Material",
        "strict": True,
        "theme": {"name": "material", "language": "da", "font": False},
        "plugins": [{"search": {"lang": "da"}}],
        "nav": [{f"Menupunkt {number}": name} for number, name in enumerate(names[:in_nav])],
        "not_in_nav": f"/{PAGE_FOLDER}/\n",
    }
    (project / "mkdocs.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    for number, name in enumerate(names):
        (docs / name).write_text(_plain_page(number), encoding="utf-8")


def _plain_page(number: int) -> str:
    return (
        f"# Side {number}\n\n{_PARAGRAPH}\n\n"
        "| Skridt | Dato | Status |\n|---|---|---|\n"
        f"| Kommissorium | 2018-04-{number % 28 + 1:02d} | grøn |\n"
        "| Høring | 2. kvartal 2018 | gul |\n| Beslutning i DAK | medio 2019 | grå |\n"
    )


def _progress(number: int, label: str, run: Build) -> None:
    print(
        f"  runde {number}/{ROUNDS}, {label + ':':22}{run.seconds:6.2f} s  "
        f"({run.pages} sider, {run.files} filer, CPU {run.cpu_seconds:.2f} s)",
        flush=True,
    )


def _print_summary(real_runs: list[Build], bare_runs: list[Build]) -> None:
    real = min(real_runs, key=lambda run: run.cpu_seconds)
    bare = min(bare_runs, key=lambda run: run.cpu_seconds)
    for label, run in (("rigtigt site, bedste", real), ("bart Material, bedste", bare)):
        print(
            f"  {label + ':':33}CPU {run.cpu_seconds:6.2f} s, væg {run.seconds:6.2f} s  "
            f"({run.pages} sider, {1000 * run.cpu_seconds / max(run.pages, 1):.1f} ms CPU/side)"
        )
    ratio = real.cpu_seconds / bare.cpu_seconds
    verdict = "nået" if ratio <= TARGET_CPU_RATIO else "IKKE nået"
    label = "CPU-tid, alle processer, forhold:"
    print(f"  {label:33}{ratio:6.2f}  (mål ≤ {TARGET_CPU_RATIO}: {verdict})")
    wall = min(run.seconds for run in real_runs) / min(run.seconds for run in bare_runs)
    print(f"  {'vægur, forhold:':33}{wall:6.2f}")
