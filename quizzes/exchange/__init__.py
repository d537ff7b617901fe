"""Moving questions in and out: the file formats, and the import/export service both
front ends share."""
