"""Files read in and written out: imports, exports, reports."""
