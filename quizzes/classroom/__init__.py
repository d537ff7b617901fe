"""A class's results: results files, statistics, reports, the teacher's lock."""
