"""Stage 5, the MkDocs adapter: the only code that knows MkDocs, Material or mkdocs-macros."""
