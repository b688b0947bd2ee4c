"""The command line, `portfolio`: an entry point like the adapter, beside it."""
