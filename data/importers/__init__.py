"""Importers: turn a recruiter's export file into candidates, openings, applications and
touchpoints, row by row, naming every row and field it cannot take."""

from data.importers.errors import ImportRefused, ImportReport, RowError
from data.importers.generic import KINDS, import_file, import_records

__all__ = ["KINDS", "ImportRefused", "ImportReport", "RowError", "import_file", "import_records"]
