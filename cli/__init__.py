"""The command line, a front end beside `ui/`."""
