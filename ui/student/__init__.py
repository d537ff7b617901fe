"""The student's screens: home, taking a quiz, results, progress."""
