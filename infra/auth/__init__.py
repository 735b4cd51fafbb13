"""Authentication adapters: fastapi-users for staff, secrets, password hashing, throttling."""
