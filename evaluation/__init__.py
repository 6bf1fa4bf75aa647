"""``encore eval``: ranking quality against labelled judgements, beside two baselines, and how
well notes are read (the labelled reading sets kept here as ``reading_set*.jsonl``).

A measuring tool beside the product, not part of it: the wheel does not ship this package, no
product module imports it at load time, and the CLI reaches it from a checkout of the
repository only.
"""
