"""Looking things up: history, trips, orders and the catalog."""
