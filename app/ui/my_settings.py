"""What the recruiter at the keyboard saved on the Settings page, for the pages that use it:
their preferences (weekly cap, cadences, hours) and how their drafts are signed."""

from app.identity import current_recruiter
from app.resources import get_engine
from data.db import session_scope
from data.recruiter_settings import Preferences, preferences_for


def my_preferences() -> Preferences:
    """The settings the recruiter at the keyboard saved (the defaults if none)."""
    with session_scope(get_engine()) as session:
        return preferences_for(session=session, recruiter=current_recruiter())


def signature() -> str:
    """How drafts are signed: this recruiter's signature (Settings page), else their name,
    else ``ENCORE_SIGNATURE``."""
    return my_preferences().signs_as
