"""Offline jobs: corpus building, vocabulary, training, conversion, GFST and evaluation."""
