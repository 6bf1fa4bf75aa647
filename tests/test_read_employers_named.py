"""A company named as an employer or an offerer ("went back on the counter from Salesforce", "spent
four years at Databricks", "in final rounds with Snowflake") is not a technology the person
wants or refuses; "wants to work with Salesforce", "keen on Snowflake" and "no more SAP"
still are."""

import pytest

from tests.fit_helpers import SAID
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


def _technologies(note: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == "technology"}


@pytest.mark.parametrize(
    "note, company",
    [
        ("Declined - accepted the counter offer from Salesforce.", "salesforce"),
        ("Not interested, took a counter from salesforce on the Friday.", "salesforce"),
        ("Declined - she took SAP's counter, 15% more.", "sap"),
        ("Declined - in final rounds with Snowflake.", "snowflake"),
        ("Wants a lead role, ex-Salesforce.", "salesforce"),
        ("pulled out, has a verbal offer from databricks", "databricks"),
        ("Declined our offer: spent 4 yrs at Snowflake and is staying put.", "snowflake"),
        ("Rejected: went with the Datadog offer instead.", "datadog"),
        ("Got poached by Databricks last spring, not interested now.", "databricks"),
    ],
)
def test_an_employer_or_offerer_is_not_a_technology(note, company):
    assert not any(k[2] == company for k in _technologies(note))


@pytest.mark.parametrize(
    "note, polarity, name",
    [
        ("Would like to work with Salesforce again.", "wish", "salesforce"),
        ("really keen on snowflake + dbt", "wish", "snowflake"),
        ("No more SAP, ever.", "avoid", "sap"),
        ("Declined - it was all SAP and she hates SAP.", "avoid", "sap"),
    ],
)
def test_a_technology_wanted_or_refused_is_still_read(note, polarity, name):
    assert ("technology", polarity, name) in _technologies(note)


def test_an_employer_beside_a_technology_wish_leaves_the_wish():
    found = _technologies("Was at Databricks for three years; wants Spark and Scala next.")
    assert ("technology", "wish", "spark") in found
    assert not any(k[2] == "databricks" for k in found)
