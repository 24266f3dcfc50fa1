"""The packing station: the view a packer scans into, its widgets, looks and sounds."""
