"""What the broker and CBP receive for a sealed trip (the e-manifest)."""
