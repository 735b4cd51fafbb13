"""Smart intake adapters: the geothai gazetteer and the scikit-learn trainer."""
