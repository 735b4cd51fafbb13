"""Open311 GeoReport v2: the public categories as services and cases as service requests."""
