"""What the app needs around the core: where files are, the shipped bank, crash logs."""
