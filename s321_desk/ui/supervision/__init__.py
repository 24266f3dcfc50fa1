"""The supervisor's views: warnings, decisions and the shift."""
