"""Alembic migrations for the glossary and key tables; run by the stores at start-up."""
