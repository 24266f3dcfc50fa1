"""The local store: SQLModel tables, the engine and its pragmas, migrations, unit of work."""
