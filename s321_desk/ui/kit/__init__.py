"""Shared by every view: type sizes, formats, labels, table models, jobs, errors, words."""
