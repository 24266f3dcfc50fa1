"""The Qt user interface: main window, views, table models and dialogs (the only place Qt lives)."""
