""" "PM" read by its setting, of the kind several held-out first runs missed: a project manager on
building and engineering work, in events or at an agency ("site PM on a school extension", "PM for
a festival producer", "PM/QS on M&E packages"), a product manager in software notes ("PM on a
banking app"), on the person's side and in a role's title ("Site PM", "PM - Fit-out" against "PM,
Checkout" on a platform's roadmap). Twins left alone: a bare "PM" in a note of neither setting is
still either one, and "£650 pm" is a month's pay. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

SITE_ROLE = dict(
    title="Senior PM - Fit-out", description="Deliver office fit-outs for a main contractor."
)
SOFTWARE_ROLE = dict(
    title="Senior Product Manager", description="Own the roadmap of our SaaS billing platform."
)
SOFTWARE_PM_ROLE = dict(title="PM, Checkout", description="Own the checkout roadmap on our apps.")


@pytest.mark.parametrize(
    "text",
    [
        "Site PM on a school extension; wants to stay a PM.",
        "PM for a festival producer for three seasons, keen on PM roles in events",
        "PM/QS on M&E packages, wants a PM job next",
    ],
)
def test_a_pm_among_projects_is_a_project_manager(text):
    assert ("title", "wish", "project manager") in found(text)
    assert goes_against(text, "title", **SOFTWARE_ROLE)
    assert suits(text, "title", **SITE_ROLE)


def test_a_pm_among_software_products_is_a_product_manager():
    text = "PM on a banking app for two years, wants another PM role"
    assert suits(text, "title", **SOFTWARE_PM_ROLE)
    assert goes_against(text, "title", **SITE_ROLE)


def test_a_bare_pm_is_still_either_one_and_a_monthly_amount_is_pay():
    assert suits("wants to stay a PM", "title", **SITE_ROLE)
    got = found("on £650 pm, wants a PM role on a build")
    assert {f for f in got if f[0] == "title"} == {("title", "wish", "project manager")}
