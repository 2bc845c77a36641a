"""The fairmt HTTP service: a thin FastAPI layer over mt_core."""
