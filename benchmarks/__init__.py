"""How fast Encore is: ``encore bench`` (indexing throughput, re-indexing, query latency and
memory, search at scale, encoding backends, on synthetic pools: ``runner``) and
``encore bench --ui`` (click to results in Chromium: ``ui``).

A measuring tool beside the product, not part of it: the wheel does not ship this package, no
product module imports it at load time, and the CLI reaches it from a checkout of the
repository only. Empty on purpose, so that importing one helper (``browser`` for the browser
tests, ``synthetic`` for people to index) does not load the whole benchmark.
"""
