"""Reproducible builds: the same commit gives byte-identical sites, whatever the file order, and
whether MkDocs or ProperDocs (its maintained continuation) builds them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import EXAMPLE_AS_OF, PROJECT, build_site, site_project

EPOCH = "1763856000"  # 23 November 2025, as a commit time would give it


def copy_reversed(source: Path, target: Path) -> None:
    """Copy the portfolio writing files in reverse order, so directory order differs."""
    for path in sorted(source.rglob("*"), reverse=True):
        destination = target / path.relative_to(source)
        if path.is_file():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)


# Why: Pagefind writes its filter lists in a random order (a hash map) in every run, and the
# files named after their content with them; the pages, the word index and the fragments are
# the same, and the browser tests check what the search answers.
RANDOM_ORDER = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.da_")


def files(site: Path) -> dict[str, bytes]:
    """Every file of a built site by its path, less Pagefind's randomly ordered ones."""
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in site.rglob("*")
        if path.is_file() and not path.relative_to(site).as_posix().startswith(RANDOM_ORDER)
    }


def test_the_search_index_differs_only_in_its_randomly_ordered_files(tmp_path: Path) -> None:
    sites = []
    for name in ("a", "b"):
        project = site_project(tmp_path / name, PROJECT / "portfolio")
        assert build_site(project, EXAMPLE_AS_OF, EPOCH).returncode == 0
        sites.append(project / "site")
    first, second = (sorted((s / "pagefind").rglob("*")) for s in sites)
    assert len(first) == len(second)
    assert len([p for p in first if p.suffix == ".pf_fragment"]) > 100


def test_two_builds_of_the_same_data_are_byte_identical(tmp_path: Path) -> None:
    first = site_project(tmp_path / "a", PROJECT / "portfolio")
    shuffled = tmp_path / "shuffled"
    copy_reversed(PROJECT / "portfolio", shuffled)
    second = site_project(tmp_path / "b", shuffled)
    for project in (first, second):
        result = build_site(project, as_of=EXAMPLE_AS_OF, source_date_epoch=EPOCH)
        assert result.returncode == 0, result.stderr
    built, again = files(first / "site"), files(second / "site")
    assert built.keys() == again.keys()
    different = [name for name in built if built[name] != again[name]]
    assert different == []


GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path: Path) -> None:
    """The way out when MkDocs 1.x and Material are no longer maintained: only the tag differs."""
    sites = {}
    for generator in ("mkdocs", "properdocs"):
        project = site_project(tmp_path / generator, PROJECT / "portfolio")
        result = build_site(project, EXAMPLE_AS_OF, EPOCH, generator=generator)
        assert result.returncode == 0, result.stderr
        sites[generator] = files(project / "site")
    mkdocs, properdocs = sites["mkdocs"], sites["properdocs"]
    assert mkdocs.keys() == properdocs.keys()
    assert b"ProperDocs" in properdocs["index.html"]
    different = [
        name
        for name in mkdocs
        if GENERATOR_TAG.sub(b"", mkdocs[name]) != GENERATOR_TAG.sub(b"", properdocs[name])
    ]
    assert different == []
