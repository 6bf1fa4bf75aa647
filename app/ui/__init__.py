"""Pieces several dashboard pages share: guards, safe text, the draft composer."""
