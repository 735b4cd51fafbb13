"""SQL implementations of the domain's repository and query ports."""
