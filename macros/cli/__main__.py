"""`python -m macros.cli.main`: the same as the `portfolio` command."""

import sys

from macros.cli.main import main

sys.exit(main())
