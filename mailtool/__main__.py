"""Run mailtool as ``python -m mailtool``."""

import sys

from mailtool.cli import main

sys.exit(main())
