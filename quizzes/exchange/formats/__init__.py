"""File formats a quiz set can be read from or written to; one module per format."""
