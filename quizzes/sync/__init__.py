"""Offline-first sync of a laptop with its school server: push attempts, pull published sets."""
