"""Entry point for ``python -m s321_desk`` and the PyInstaller bundle."""

import sys

from s321_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
