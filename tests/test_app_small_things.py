"""Small things a new user noticed (issue 15): counts that agree with their nouns, an import
summed up once, list separators said on the Import page, empty cells left empty, and one
silver-medalist figure on Pool health."""

import re

from app.ui.plain import plain_table
from data.headline import company_from_headline
from data.plural import counted
from matching.explain_words import evidence_sentences
from tests.app_fixtures import open_page, table_with

ONE_PERSON_CSV = (
    b"external_id,full_name,email,current_title,skills\n"
    b'SMALL-1,Ana Small,ana.small@example.com,,"Python, Go"\n'
)


def test_counts_agree_with_their_nouns():
    assert counted(1, "row") == "1 row"
    assert counted(0, "row") == "0 rows"
    assert counted(2, "process", "processes") == "2 processes"
    assert counted(1200, "row") == "1,200 rows"


def test_empty_text_cells_stay_empty_in_tables():
    table = plain_table(
        [{"Name": "Ana", "Title": None}, {"Name": "Bo", "Title": "Engineer"}, {"Name": "Cy"}]
    )
    assert list(table["Title"]) == ["", "Engineer", ""]


def test_a_headline_names_the_company_after_at():
    assert company_from_headline("Senior Backend Engineer at Pelican Ledger") == "Pelican Ledger"
    assert company_from_headline("Payments · Staff Engineer at Acme · ex-Globex") == "Acme"
    assert company_from_headline("Data lead @ Initech") == "Initech"
    assert company_from_headline("Tech lead · Python & Go · ledgers") is None
    assert company_from_headline(None) is None


def test_evidence_reads_as_sentences_never_as_data():
    sentences = evidence_sentences(
        {
            "application_id": 7,
            "role_title": "Backend Engineer",
            "when": "March 2026",
            "stage_reached": "final",
            "outcome": "declined_offer",
            "reason": "remote_policy",
            "condition_id": 3,
            "facet": "work_mode",
            "polarity": "must",
            "value": {"mode": "remote"},
            "said": "remote pls",
            "said_at": "2026-03-02",
            "source": "application",
            "offer": "fully remote",
            "covered": ["Python", "Kafka"],
            "missing": ["Go"],
            "unforeseen": {"kind": "x", "level": 2},
        }
    )
    assert 'In their words: "remote pls" (said 02 Mar 2026).' in sentences
    assert "Taken as a must about where they work." in sentences
    assert "Requirements not found in the profile: Go." in sentences
    assert any(s.startswith("The Backend Engineer process (March 2026)") for s in sentences)
    text = " ".join(sentences)
    assert not re.search(r"[{}\[\]]|_id\b|\w_\w", text), text


def test_an_import_of_one_row_is_summed_up_once_and_in_the_singular(demo_app):
    at = open_page("import_file")
    at.selectbox(key="import_kind").set_value("candidates")
    assert any("separated by commas" in c.value and "semicolons" in c.value for c in at.caption)
    at.file_uploader(key="import_upload").set_value(("one.csv", ONE_PERSON_CSV, "text/csv"))
    at.run()
    assert not at.exception
    assert any(h.value == "Preview — 1 row" for h in at.subheader)
    preview = table_with(at, "full_name")
    assert "None" not in preview.astype(str).to_numpy().ravel().tolist()
    at.button(key="import_go").click().run()
    assert not at.exception
    said = [e.value for e in (*at.success, *at.markdown) if "added" in e.value]
    assert len(said) == 1 and "1 row —" in said[0], said


def test_pool_health_counts_silver_medalists_once_each_in_the_figure_and_the_list(demo_app):
    at = open_page("pool_health")
    assert not at.exception
    figure = int(next(m.value for m in at.metric if m.label == "Silver medalists"))
    heading = next(h.value for h in at.subheader if h.value.startswith("Silver medalists"))
    listed = table_with(at, "times silver")
    assert heading == f"Silver medalists ({figure})"
    assert len(listed) == figure == listed["name"].count()
