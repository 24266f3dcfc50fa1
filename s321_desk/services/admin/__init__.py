"""The store's setup and levers: users, PINs, settings, rules and rates, backups."""
