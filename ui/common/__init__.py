"""Widgets and helpers every screen uses: labels, messages, theme, charts, background work."""
