"""What the command line reads from the site's mkdocs.yml: the plugin's pinned as-of date.

Why not through MkDocs: only the adapter (macros/adapter/plugin.py) imports MkDocs, and `portfolio
validate` must judge dates against the same as-of date as the build without building.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from macros.core.clock import AsOfError

SITE_CONFIG = "mkdocs.yml"
"""The site's configuration, in the folder the command runs from."""
PLUGIN_NAME = "porteføljetavlen"
"""The portfolio plugin's name in mkdocs.yml (and its entry point)."""


class _SiteConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml; tags for MkDocs' own Python objects become None instead of errors."""


_SiteConfigLoader.add_multi_constructor("", lambda _loader, _suffix, _node: None)


def configured_as_of(config_file: Path) -> str | None:
    """The plugin's `opgørelsesdato` in the site's mkdocs.yml, or None without one.

    Why read it here: `portfolio validate` must judge dates against the same as-of date as the
    build, and a pinned snapshot date lives in mkdocs.yml.
    """
    if not config_file.is_file():
        return None
    try:
        with config_file.open(encoding="utf-8") as handle:
            config = yaml.load(handle, Loader=_SiteConfigLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise AsOfError(
            f"{config_file.as_posix()} kan ikke læses — ret filen, eller byg sitet for at se fejlen"
        ) from None
    options = _plugin_options(config, PLUGIN_NAME)
    configured = options.get("opgørelsesdato")
    return str(configured) if configured else None


def _plugin_options(config: object, name: str) -> dict[str, Any]:
    """A plugin's options; mkdocs.yml lists plugins as names, one-key mappings or one mapping."""
    plugins = config.get("plugins") if isinstance(config, dict) else None
    if isinstance(plugins, dict):
        entries = list(plugins.items())
    elif isinstance(plugins, list):
        entries = [next(iter(item.items())) for item in plugins if isinstance(item, dict) and item]
    else:
        entries = []
    options = next((options for key, options in entries if key == name), None)
    return options if isinstance(options, dict) else {}
