"""Storage: tables, engine set-up, migrations, and the query facade (`Store`)."""
