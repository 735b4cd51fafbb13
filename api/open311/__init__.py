"""Open311 GeoReport v2 facade."""
