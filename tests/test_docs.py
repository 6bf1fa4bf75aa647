"""The README documents what exists: every command, every setting, every weight."""

import re
from pathlib import Path

from app.cli import cli
from data.settings import Settings
from matching.weights import DEFAULT_WEIGHTS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    names = {c.name or c.callback.__name__ for c in cli.registered_commands}
    for name in names:
        assert re.search(rf"^encore {name}\b", README, re.M), name


def test_every_setting_is_in_the_configuration_table():
    for field in Settings.model_fields:
        env = "DATABASE_URL" if field == "database_url" else f"ENCORE_{field.upper()}"
        assert f"`{env}`" in README, env


def test_the_weights_table_matches_the_code():
    for name, value in DEFAULT_WEIGHTS.as_dict().items():
        assert re.search(rf"^\| {name} \| {value:.2f} \|", README, re.M), name


def test_every_facet_is_described_in_the_reading_doc():
    from reading.conditions import FACETS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "reading.md").read_text("utf-8")
    for facet in FACETS:
        assert re.search(rf"^\| {facet} \|", doc, re.M), facet
