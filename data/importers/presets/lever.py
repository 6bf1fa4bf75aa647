"""Lever (LeverTRM): the opportunities export and Lever's own import template
(``Full-Name``, ``Archive-Reason``, ``Archive-Date``...; hyphens, spaces and underscores in
headers are all read alike).

One row is one opportunity with its contact: import the file as ``candidates``, then as
``applications``. Emails, phones and links may hold several values separated by commas (the
first email and phone are kept; every link becomes a profile tag). Dates: ISO 8601,
``2025-03-14 10:22:01``, month-first ``03/14/2025``, or epoch milliseconds as the API gives them.
Reasons: Lever's archive reasons ("Hired" is fixed; teams edit the rest under Settings →
Pipeline and archive reasons), so the table holds the usual ones; others become "other".
"""

from data.importers.presets.preset import Preset
from data.importers.presets.reasons import C, D, H, R, W, table
from data.vocab import Reason

REASONS = table(
    {
        "Hired": (H, None),
        "Underqualified": (R, Reason.skills_gap),
        "Overqualified": (R, Reason.experience_level),
        "Not a fit": (R, Reason.skills_gap),
        "Culture fit": (R, Reason.culture_fit),
        "Timing": (None, Reason.timing),
        "Withdrew": (W, None),
        "Candidate withdrew": (W, None),
        "Offer declined": (D, None),
        "Offer rejected": (D, None),
        "Position closed": (C, None),
        "Position filled": (R, Reason.other_candidate),
        "Went with another candidate": (R, Reason.other_candidate),
        "Compensation": (None, Reason.compensation),
        "Location": (None, Reason.location),
        "Unresponsive": (W, None),
        "No show": (R, Reason.no_show),
        "Duplicate": (None, Reason.duplicate),
        "Spam": (R, Reason.spam),
    }
)

PRESET = Preset(
    name="lever",
    label="Lever",
    id_prefix="LV-",
    date_formats=("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y", "%m/%d/%Y %H:%M", "%b %d, %Y"),
    reasons=REASONS,
    columns={
        "candidates": {
            "Contact ID": "external_id",
            "Contact": "external_id",
            "Full Name": "full_name",
            "Name": "full_name",
            "Email": "email",
            "Emails": "email",
            "Phone": "phone",
            "Phones": "phone",
            "Location": "location",
            "Headline": "headline",
            "Current Company": "company",
            "Current Title": "current_title",
            "Tags": "tags",
            "Sources": "source",
            "Source": "source",
            "Links": "profile_url",
            "LinkedIn": "profile_url",
            "Profile Link": "profile_url",
        },
        "applications": {
            "Contact ID": "candidate_external_id",
            "Contact": "candidate_external_id",
            "Posting": "role_title",
            "Posting Title": "role_title",
            "Job": "role_title",
            "Stage": "stage_reached",
            "Current Stage": "stage_reached",
            "Created At": "applied_at",
            "Date Added": "applied_at",
            "Applied At": "applied_at",
            "Archived At": "decided_at",
            "Archive Date": "decided_at",
            "Archive Reason": "reason",
            "Archived Reason": "reason",
            "Status": "status",
        },
    },
)
