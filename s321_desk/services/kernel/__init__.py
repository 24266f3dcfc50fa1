"""What every room uses: errors, who acts, the audit trail, change watch, safe output."""
