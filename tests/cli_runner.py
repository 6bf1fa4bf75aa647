"""Running ``encore`` in-process (fast) the way a recruiter would, for tests of messages."""

from click.testing import Result
from typer.testing import CliRunner

from app.cli import cli


def run_encore(*args: str, db_url: str) -> Result:
    result = CliRunner().invoke(cli, ["--db", db_url, *args], catch_exceptions=True)
    # A bad input must end in a message and an exit code, never an exception.
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stderr
    return result
