"""Greenhouse Recruiting: the candidate export (Candidates tab → Export to Excel / CSV) and
the names Harvest uses for the same fields.

One export row is one application with its candidate, so the same file imports as
``candidates`` and then as ``applications``. Dates are US month-first (``03/14/2025``) or
ISO 8601. Reasons: Greenhouse's default rejection reasons (support.greenhouse.io, "Rejection
reasons overview"); "Rejection Reason Type" says whether "we rejected them" or "they rejected us".
"""

from data.importers.presets.preset import Preset
from data.importers.presets.reasons import D, R, W, table
from data.vocab import Reason

REASONS = table(
    {
        "Duplicate": (R, Reason.duplicate),
        "Lacking skill(s)/qualification(s)": (R, Reason.skills_gap),
        "Not a cultural fit": (R, Reason.culture_fit),
        "Other (add notes below)": (None, Reason.other),
        "Preferred another candidate": (R, Reason.other_candidate),
        "Hired another candidate": (R, Reason.other_candidate),
        "Spam": (R, Reason.spam),
        "Didn't like offer": (D, None),
        "Wasn't available": (W, Reason.timing),
        "Wasn't interested": (W, Reason.not_interested),
        "None specified": (None, None),
    }
)

PRESET = Preset(
    name="greenhouse",
    label="Greenhouse",
    id_prefix="GH-",
    date_formats=("%m/%d/%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%y", "%b %d, %Y"),
    reasons=REASONS,
    columns={
        "candidates": {
            "Candidate ID": "external_id",
            "First Name": "first_name",
            "Last Name": "last_name",
            "Candidate Name": "full_name",
            "Name": "full_name",
            "Email": "email",
            "Email Address": "email",
            "Personal Email": "email",
            "Phone": "phone",
            "Phone Number": "phone",
            "Location": "location",
            "Candidate Location": "location",
            "Current Company": "company",
            "Company": "company",
            "Current Title": "current_title",
            "Title": "current_title",
            "Tags": "tags",
            "Candidate Tags": "tags",
            "Source": "source",
            "LinkedIn Profile": "profile_url",
            "LinkedIn": "profile_url",
            "Social Media": "profile_url",
            "Website": "profile_url",
        },
        "applications": {
            "Candidate ID": "candidate_external_id",
            "Job": "role_title",
            "Job Name": "role_title",
            "Job Title": "role_title",
            "Stage": "stage_reached",
            "Current Stage": "stage_reached",
            "Last Stage": "stage_reached",
            "Status": "status",
            "Application Status": "status",
            "Applied On": "applied_at",
            "Applied At": "applied_at",
            "Application Date": "applied_at",
            "Date Applied": "applied_at",
            "Rejected On": "decided_at",
            "Rejected At": "decided_at",
            "Rejection Date": "decided_at",
            "Hired On": "decided_at",
            "Hired Date": "decided_at",
            "Rejection Reason": "reason",
            "Rejection Reason Type": "reason_type",
            "Rejection Type": "reason_type",
            "Rejection Notes": "reason_note",
            "Rejection Reason Notes": "reason_note",
            "Rejection Note": "reason_note",
        },
    },
)
