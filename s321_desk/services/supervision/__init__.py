"""What a supervisor watches and decides: warnings, conflicts, decisions, the shift."""
