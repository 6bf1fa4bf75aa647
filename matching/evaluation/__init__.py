"""`encore eval`: ranking quality against labelled judgements, beside two baselines."""
