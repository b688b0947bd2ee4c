"""Stages 1–2, data: load YAML into nodes, validate them into the typed, immutable portfolio."""
