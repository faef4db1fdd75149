"""``python -m marketplace_async ...`` is ``marketplace-async ...``."""

import sys

from ._cli import main

sys.exit(main())
