"""Making sets: a teacher's review of the questions the generator proposes."""
