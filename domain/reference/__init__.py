"""Reference data: Bangkok's districts and the MOU's five areas."""
