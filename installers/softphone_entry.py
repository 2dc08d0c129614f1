"""PyInstaller entry point: the frozen `softphone` executable (same CLI as the installed script)."""

import sys

from softphone.app import main

if __name__ == "__main__":
    sys.exit(main())
