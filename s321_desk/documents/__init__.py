"""What leaves the building on paper: labels, invoices, lead sheet, manifest (no Qt, no store)."""
