"""HTTP routes for reference data: districts and MOU areas."""
