"""Corpus builders: each turns an installed registry package into aligned en-es pairs."""
