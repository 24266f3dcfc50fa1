"""Use cases: import, and (later) pack, decide, load, print, export, audit."""
