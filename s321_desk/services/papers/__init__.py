"""What is printed, and where it goes."""
