"""The page policy's other half: Material's inline scripts come from files, in step with Material.

The policy (output/csp.py) allows no inline script, so the theme's few inline scripts are served
as files from overrides/assets/javascripts/. When Material changes one of them, these tests say
which file to update.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from macros.output.csp import POLICY
from tests.conftest import PROJECT

MATERIAL_SCRIPTS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
OURS = PROJECT / "overrides" / "assets" / "javascripts"
# Material's partial → our file, and what stands in our file for the partial's template code.
SCOPE = '"{{ config.extra.scope | d(base_url) }}"'
IN_STEP = {
    "base.html": ("theme-storage.js", {SCOPE: "document.currentScript.dataset.scope"}),
    "palette.html": ("theme-palette.js", {}),
    "content.html": ("theme-content.js", {}),
}


def unconditional_scripts(partial: Path) -> list[str]:
    """The inline scripts a Material partial always writes (not those behind a feature flag)."""
    text = re.sub(
        r"{%\s*if .*?{%\s*endif\s*%}", "", partial.read_text(encoding="utf-8"), flags=re.S
    )
    return re.findall(r"<script>(.*?)</script>", text, flags=re.S)


def script_of(file: Path) -> str:
    """Our file's script, without its opening comment line."""
    lines = file.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("//"))


@pytest.mark.parametrize("partial", sorted(IN_STEP))
def test_our_script_file_is_materials_inline_script(partial: str) -> None:
    file, replaced = IN_STEP[partial]
    scripts = unconditional_scripts(MATERIAL_SCRIPTS / partial)
    assert len(scripts) == 1, f"Material's {partial} changed: update overrides/ for it"
    expected = scripts[0]
    for template_code, ours in replaced.items():
        assert template_code in expected
        expected = expected.replace(template_code, ours)
    assert script_of(OURS / file) == expected


@pytest.mark.parametrize("partial", sorted(IN_STEP))
def test_our_partial_loads_the_file_instead(partial: str) -> None:
    ours = (PROJECT / "overrides" / "partials" / "javascripts" / partial).read_text(
        encoding="utf-8"
    )
    assert "<script>" not in ours
    assert f"'assets/javascripts/{IN_STEP[partial][0]}' | url" in ours


def test_every_material_script_partial_the_site_uses_is_replaced() -> None:
    """Material's other script partials belong to features this site does not turn on."""
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    others = {
        "announce.html": "announce.dismiss",
        "outdated.html": "version:",
        "consent.html": "consent:",
    }
    for partial in sorted(MATERIAL_SCRIPTS.glob("*.html")):
        if partial.name in IN_STEP:
            continue
        assert partial.name in others, f"Material has a new script partial: {partial.name}"
        assert others[partial.name] not in config, f"{others[partial.name]} needs {partial.name}"
    # Why: our content.html leaves out the script Material writes only for this feature.
    assert "content.tabs.link" not in config


def config_keys(template: Path) -> set[str]:
    """The keys a template's `config` block writes into the application config (__config)."""
    text = template.read_text(encoding="utf-8")
    block = re.search(r"{% block config %}(.*?){% endblock %}", text, flags=re.S)
    assert block, f"{template} has no config block"
    return set(re.findall(r'"([\w.]+)":', block.group(1)))


def test_our_config_is_materials_without_its_search() -> None:
    """Material's bundle reads the config; ours drops only what its search (not loaded) needs."""
    materials = config_keys(MATERIAL_SCRIPTS.parent.parent / "base.html")
    ours = config_keys(PROJECT / "overrides" / "main.html")
    search_only = {key for key in materials if key == "search" or key.startswith("search.")}
    assert search_only, "Material's config changed: compare overrides/main.html with it"
    assert ours == materials - search_only


def test_the_policy_can_stand_unescaped_in_an_attribute() -> None:
    """main.html writes it without escaping; a quote or markup character would end the attribute."""
    assert not set('"<>&') & set(POLICY)
