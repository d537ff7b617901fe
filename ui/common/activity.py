"""Notices input anywhere in the app (keys, clicks, the wheel), for idle time-outs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class InputWatcher(QObject):
    """Install on the application (`app.installEventFilter(watcher)`); emits `input_seen` for
    each key press, click, wheel turn or touch, in any window. It never consumes an event."""

    input_seen = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT_EVENTS:
            self.input_seen.emit()
        return False
