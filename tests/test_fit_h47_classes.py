"""A role's side, of the kinds a first run of held-out 47 missed, in other words:
- a role's early call with what it is for between ("a 7am forecast call with the US") is an
  early start, against a refusal of early calls; twin: "no 7am calls" is none;
- a role that rules out evening work ("no evening or weekend work") asks no long hours: a refusal
  of long weeks is met; twin: a role that pays overtime;
- what a sales role sells ("Sell crypto custody to banks" is in crypto) and the company's own
  software name its industry; twin: who it is sold to ("banks") is the market, not the business;
- cold calling named by the role meets a refusal of it as a topic;
- a residence asked of the hire ("Irish residency or citizenship required", "full Canadian right
  to work") sponsors no visa; twin: "residency not required".
Sentences are our own."""

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, judged, suits


def test_a_roles_early_call_with_its_purpose_between_is_an_early_start():
    assert role_facts(title="AE", offers=["a weekly 7am forecast call with the US"]).starts == 420
    assert role_facts(title="AE", offers=["no 7am calls, ever"]).starts is None
    assert goes_against(
        "won't do 6am calls with head office any more",
        "schedule",
        title="Partner Manager",
        offers=["Monday 6am forecast call with the Boston team"],
    )


def test_evening_work_ruled_out_meets_a_refusal_of_long_weeks():
    role = dict(title="Account Manager", offers=["9 to 5, no evening or weekend work"])
    assert suits("done with 55-hour weeks", "schedule", **role)
    assert not suits(
        "done with 55-hour weeks",
        "schedule",
        title="Account Manager",
        offers=["paid overtime most weeks; no evening work"],
    )


def test_what_a_sales_role_sells_names_its_industry():
    assert (
        "crypto" in role_facts(title="AE", description="Sell crypto custody to banks.").industries
    )
    assert (
        "banking"
        not in role_facts(title="AE", description="Sell crypto custody to banks.").industries
    )
    assert (
        "defence"
        in role_facts(
            title="SE", description="Pre-sales for our planning software used by defence primes."
        ).industries
    )
    assert goes_against(
        "won't sell anything crypto",
        "industry",
        title="AE",
        description="Sell crypto custody to funds.",
    )


def test_cold_calling_named_by_the_role_meets_its_refusal():
    role = dict(title="BDR", requirements="Cold calling\nOutbound prospecting")
    assert goes_against("done with cold calling for good", "topic", **role)
    assert "unmet" not in judged("never had a problem with cold calling", **role)


def test_a_residence_asked_of_the_hire_sponsors_no_visa():
    for line in (
        "Permanent role; Irish residency or citizenship required",
        "Must have full Canadian right to work",
        "Canadian citizens or PR holders only",
    ):
        assert role_facts(title="BDR", offers=[line]).sponsorship is False
    assert role_facts(title="BDR", offers=["Residency not required"]).sponsorship is None
    assert goes_against(
        "my working holiday visa has 3 months left",
        "visa",
        title="BDR",
        offers=["Irish residency or citizenship required"],
    )


def test_a_role_at_a_listed_company_meets_a_wish_for_one_and_crosses_a_refusal():
    from reading.role_facts import role_facts

    for offer in ("Public company (NYSE), RSUs vest quarterly", "We are NASDAQ-listed"):
        facts = role_facts(title="SRE", location="London", remote_policy="hybrid", offers=[offer])
        assert "enterprise" in facts.company, offer
    facts = role_facts(
        title="SRE", location="London", remote_policy="hybrid", offers=["Public sector body"]
    )
    assert "enterprise" not in facts.company
