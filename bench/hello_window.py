"""The minimal PySide6 window the benchmarks compare Steppe Quiz against."""

import sys

from ui.startup_probe import main_for_minimal_window

if __name__ == "__main__":
    sys.exit(main_for_minimal_window())
