"""The settings view and its pages, and the first-run checklist."""
