"""Stage 3, views: what the pages show, computed from the portfolio for the as-of date."""
