"""Stage 0, core: what every stage may use — issues, the as-of clock, Danish periods, holidays."""
