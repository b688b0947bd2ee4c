"""Stage 4, output: HTML from templates, feeds, calendars, exports, the page policy, reports."""
