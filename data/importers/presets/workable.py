"""Workable: the candidates export (spreadsheet from the Candidates page or a job) and the
names Workable's API uses for the same fields (``firstname``, ``disqualification_reason``...).

One row is one candidacy (Workable keeps a profile per job): import the file as
``candidates``, then as ``applications``. Dates: ISO 8601, ``2025-03-14 10:22``, or
day-first ``14/03/2025``. Reasons: Workable's disqualification reasons, in both the current
wording and the wording used before Workable renamed them (help.workable.com, "Recent
changes to disqualification reasons"); they are split into "Candidate rejected" and
"Candidate withdrew", which a reason type column carries.
"""

from data.importers.presets.preset import Preset
from data.importers.presets.reasons import C, D, R, W, table
from data.vocab import Reason

REASONS = table(
    {
        # Current wording.
        "Doesn't have required qualifications": (R, Reason.skills_gap),
        "Doesn't have required experience": (R, Reason.experience_level),
        "Area of speciality doesn't match job": (R, Reason.skills_gap),
        "Doesn't match job location": (R, Reason.location),
        "Job no longer receiving applications": (C, None),
        "Not interested": (W, Reason.not_interested),
        "Other candidates are more suitable": (R, Reason.other_candidate),
        "Salary expectations too high": (R, Reason.compensation),
        "Unsuccessful interview": (R, Reason.other),
        "Unsuccessful assessment": (R, Reason.skills_gap),
        "Doesn't meet timeframe for job": (R, Reason.timing),
        "Could not be contacted": (W, Reason.other),
        "Withdrew/declined interview": (W, Reason.not_interested),
        "Did not attend interview": (R, Reason.no_show),
        "Rejected offer": (D, None),
        # Earlier wording.
        "Minimum qualifications as stated in the ad not met": (R, Reason.skills_gap),
        "Does not have the preferred experience as stated in the ad": (R, Reason.experience_level),
        "Area of specialty is not a good fit at this time": (R, Reason.skills_gap),
        "Candidate selected had more experience/skills": (R, Reason.other_candidate),
        "Salary requested is higher than available budget": (R, Reason.compensation),
        "Unfavourable interview": (R, Reason.other),
        "Not satisfactory assessment results": (R, Reason.skills_gap),
        "Doesn't meet job's timeplan requirements": (R, Reason.timing),
        "Unable to contact candidate": (W, Reason.other),
        "Did not show up for interview": (R, Reason.no_show),
    }
)

PRESET = Preset(
    name="workable",
    label="Workable",
    id_prefix="WK-",
    date_formats=("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y", "%d/%m/%Y %H:%M", "%b %d, %Y"),
    reasons=REASONS,
    columns={
        "candidates": {
            "Id": "external_id",
            "Candidate ID": "external_id",
            "Name": "full_name",
            "Firstname": "first_name",
            "First name": "first_name",
            "Lastname": "last_name",
            "Last name": "last_name",
            "Email": "email",
            "Phone": "phone",
            "Address": "location",
            "Location": "location",
            "Headline": "headline",
            "Summary": "resume_text",
            "Skills": "skills",
            "Tags": "tags",
            "Source": "source",
            "Domain": "source",
            "Social profiles": "profile_url",
            "Profile url": "profile_url",
            "LinkedIn": "profile_url",
        },
        "applications": {
            "Id": "candidate_external_id",
            "Candidate ID": "candidate_external_id",
            "Job": "role_title",
            "Job title": "role_title",
            "Stage": "stage_reached",
            "Disqualified": "disqualified",
            "Disqualification reason": "reason",
            "Disqualification reason type": "reason_type",
            "Created at": "applied_at",
            "Applied at": "applied_at",
            "Applied": "applied_at",
            "Disqualified at": "decided_at",
            "Hired at": "decided_at",
        },
    },
)
