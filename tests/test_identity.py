"""Who actions are attributed to: the signed-in recruiter when an identity provider is
configured, else the one local user."""

from app.identity import auth_configured, current_recruiter, recruiter_for
from data.settings import get_settings


def test_without_an_identity_provider_everything_is_the_local_user(monkeypatch):
    monkeypatch.setenv("ENCORE_RECRUITER", "sam@agency.example")
    get_settings.cache_clear()
    try:
        assert not auth_configured()
        assert current_recruiter() == "sam@agency.example"
    finally:
        get_settings.cache_clear()


def test_a_signed_in_recruiter_is_their_email_and_a_signed_out_one_is_not():
    signed_in = {"is_logged_in": True, "email": " Ana.Silva@Example.COM ", "name": "Ana"}
    assert recruiter_for(signed_in, local="local") == "ana.silva@example.com"
    assert recruiter_for({"is_logged_in": False}, local="local") == "local"
    assert recruiter_for({"is_logged_in": True}, local="local") == "local"  # no e-mail claim
