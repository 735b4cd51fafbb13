"""Activities of MOU areas 2-5: mobile units, trainings, traffic campaigns and meetings."""
