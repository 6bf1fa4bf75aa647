"""Ashby: a candidate or application report exported as CSV, and the names Ashby's API uses
(``primaryEmailAddress``, ``currentInterviewStage``, ``archiveReason``...).

One row is one application with its candidate: import as ``candidates``, then as
``applications``. "Application Status" is Active, Archived, Hired or Lead; an archive reason
has a type (RejectedByOrg, RejectedByCandidate, Other) that decides the outcome. Archive
reasons are written by each team, so only the usual wordings are in the table. Dates: ISO
8601 (as Ashby writes them), month-first ``03/14/2025`` or ``Mar 14, 2025``.
"""

from data.importers.presets.preset import Preset
from data.importers.presets.reasons import C, D, H, R, W, table
from data.vocab import Reason

REASONS = table(
    {
        "Hired": (H, None),
        "Not a fit": (R, Reason.skills_gap),
        "Lacks skills": (R, Reason.skills_gap),
        "Too junior": (R, Reason.experience_level),
        "Too senior": (R, Reason.experience_level),
        "Hired someone else": (R, Reason.other_candidate),
        "Another candidate was selected": (R, Reason.other_candidate),
        "Compensation mismatch": (None, Reason.compensation),
        "Location mismatch": (None, Reason.location),
        "Withdrew": (W, None),
        "Candidate withdrew": (W, None),
        "Declined offer": (D, None),
        "Offer declined": (D, None),
        "Job closed": (C, None),
        "Position closed": (C, None),
        "Unresponsive": (W, None),
        "Duplicate": (None, Reason.duplicate),
        "Spam": (R, Reason.spam),
    }
)

PRESET = Preset(
    name="ashby",
    label="Ashby",
    id_prefix="AB-",
    date_formats=("%m/%d/%Y", "%m/%d/%Y %H:%M", "%b %d, %Y", "%Y-%m-%d %H:%M:%S"),
    reasons=REASONS,
    columns={
        "candidates": {
            "Candidate ID": "external_id",
            "Candidate Id": "external_id",
            "Candidate Name": "full_name",
            "Name": "full_name",
            "Candidate Email": "email",
            "Email": "email",
            "Primary Email Address": "email",
            "primaryEmailAddress": "email",
            "Phone": "phone",
            "Phone Number": "phone",
            "Candidate Phone": "phone",
            "Location": "location",
            "Candidate Location": "location",
            "Position": "current_title",
            "Current Title": "current_title",
            "Company": "company",
            "Current Company": "company",
            "Tags": "tags",
            "Candidate Tags": "tags",
            "Source": "source",
            "LinkedIn": "profile_url",
            "LinkedIn URL": "profile_url",
            "Social Links": "profile_url",
        },
        "applications": {
            "Candidate ID": "candidate_external_id",
            "Candidate Id": "candidate_external_id",
            "Job": "role_title",
            "Job Title": "role_title",
            "Job Name": "role_title",
            "Current Interview Stage": "stage_reached",
            "currentInterviewStage": "stage_reached",
            "Current Stage": "stage_reached",
            "Stage": "stage_reached",
            "Application Status": "status",
            "Status": "status",
            "Archive Reason": "reason",
            "archiveReason": "reason",
            "Archive Reason Type": "reason_type",
            "Reason Type": "reason_type",
            "Archive Notes": "reason_note",
            "Application Date": "applied_at",
            "Applied At": "applied_at",
            "Created At": "applied_at",
            "Archived At": "decided_at",
            "Archive Date": "decided_at",
            "Hired At": "decided_at",
        },
    },
)
