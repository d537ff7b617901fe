"""The teacher's screens: editing sets, generating from articles, class results."""
