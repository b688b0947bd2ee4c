"""Porteføljetavlen: YAML portfolio → validated model → views → rendered site.

Stages, one module each: `load` (YAML → nodes with file:line:col), `validate` (nodes → models and
every issue), `models` (the immutable portfolio), `views` (what a page shows), `render` (HTML from
small templates). `site` wires them into MkDocs; `cli` into the `portfolio` command.
"""
