"""fairmt's translation library: engine, grammar, segmentation, batching, pipeline. No web imports."""
