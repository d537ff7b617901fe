"""Taking a quiz: sessions, scoring, the review schedule, a live attempt."""
