"""Dialogs opened from several views: authorize, sign in, export, import, print preview."""
