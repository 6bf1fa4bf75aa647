"""Importers: turn a recruiter's export file into candidates, openings, applications and
touchpoints, row by row, naming every row and field it cannot take.

The API the CLI and the Import page use:

- ``preview_file(path_or_bytes, kind, preset=, mapping=) -> Preview``: columns found, the
  suggested mapping, the first rows as they would be stored, row errors, or why the file would
  be refused. Reads only; never writes.
- ``import_file(*, session, kind, source, preset=, mapping=, dry_run=, actor=) ->
  ImportReport``: added / updated / unchanged counts and refused rows (row, field, why).
  Raises ``ImportRefused`` for a file refused whole, having changed nothing.
- ``suggest_preset(path_or_bytes, kind) -> str``: the preset that fits the header row best.
- ``PRESET_NAMES``: generic, greenhouse, lever, workable, ashby (``presets/``).
- ``mapping`` is ``{"Their column": "field"}`` or ``["Their column=field", ...]``; a field
  of ``""`` leaves that column out.
- Files are streamed within the limits of ``data.settings`` (``import_max_mb``,
  ``import_max_cell_kb``): see ``reading``.
- Résumé files (PDF, DOCX, RTF, TXT; folders and zips) have their own pipeline:
  ``data.importers.resumes`` (``import_resumes``, or ``read_files`` then ``place_files``).
"""

from data.importers.errors import ImportRefused, ImportReport, RowError
from data.importers.generic import import_file, import_records
from data.importers.kinds import KINDS
from data.importers.presets import PRESET_NAMES, detect_preset
from data.importers.preview import Preview, preview_file, suggest_preset

__all__ = [
    "KINDS",
    "PRESET_NAMES",
    "ImportRefused",
    "ImportReport",
    "Preview",
    "RowError",
    "detect_preset",
    "import_file",
    "import_records",
    "preview_file",
    "suggest_preset",
]
