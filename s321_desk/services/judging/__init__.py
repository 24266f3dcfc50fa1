"""Running the engine on stored parcels, or on cases without a store."""
