"""Finding files shipped with the app (seeds, assets, migrations), from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `quizzes/`, `seeds/` and `assets/`: the repository, or the bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. `resource_path("assets", "icon.png")`."""
    return app_root().joinpath(*parts)
