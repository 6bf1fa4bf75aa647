"""Outreach: re-engagement drafts, the weekly reconnect list, safe exports."""
