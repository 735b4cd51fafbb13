"""Persistence adapters: engine, tables, repositories, unit of work, migrations."""
