"""Steppe Quiz core: question types, formats, scoring and storage. No Qt in this package."""

__version__ = "0.1.0"
APP_NAME = "Steppe Quiz"
