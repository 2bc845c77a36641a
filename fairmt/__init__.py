"""fairmt: self-hosted machine translation that gets gender, terminology and markup right."""

__version__ = "0.1.0"
