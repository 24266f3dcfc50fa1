"""The loads view: trips, their papers, drivers and crew."""
