"""What an import reports back: counts, and each refused row with the field and the reason."""

from dataclasses import dataclass, field

from data.plural import counted


class ImportRefused(Exception):
    """The whole file is refused (unreadable, empty, a required column missing); nothing changed."""


@dataclass(frozen=True)
class RowError:
    row: int  # as a spreadsheet shows it: the header is row 1, the first record row 2
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    preset: str = "generic"
    dry_run: bool = False
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    # An import may set do-not-contact (audited, reason "import") but never lift it: a row
    # saying "no" for a flagged person is counted here and otherwise ignored.
    do_not_contact_set: int = 0
    do_not_contact_kept: int = 0

    @property
    def refused(self) -> int:
        return len({e.row for e in self.errors})

    def do_not_contact_note(self) -> str | None:
        """What the file asked of the do-not-contact flag and was not done, if anything."""
        n = self.do_not_contact_kept
        if not n:
            return None
        return (
            f"{n} {'row' if n == 1 else 'rows'} asked to lift do-not-contact and "
            f"{'was' if n == 1 else 'were'} ignored: an import never lifts it; a recruiter "
            "can, on the person's page"
        )

    def summary(self) -> str:
        would = "would be " if self.dry_run else ""
        text = (
            f"{self.kind}: {counted(self.rows, 'row')} — {self.added} {would}added, {self.updated} "
            f"{would}updated, {self.unchanged} unchanged, {self.refused} {would}refused"
        )
        if note := self.do_not_contact_note():
            text += f"; {note}"
        return text + (" (dry run: nothing was changed)" if self.dry_run else "")
