"""A school's classroom server on PostgreSQL: the engine's roles, grants and row-level security
(`access`), and the logins of teachers and students (`logins`). The only PostgreSQL-specific
SQL of the app lives here, built with `psycopg.sql` (identifiers and literals quoted by the
driver), never by formatting strings."""
