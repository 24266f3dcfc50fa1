"""The pure core: standard library only (no Qt, no SQL)."""
