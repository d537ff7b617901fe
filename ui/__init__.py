"""The PySide6 front end: windows, dialogs and view-models. No SQL here: it calls `Store`."""
