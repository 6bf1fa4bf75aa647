"""The one settings object: where the data lives, which model embeds it, how drafts are signed,
how large an import may be (résumé files too).

Values come from, in order: explicit arguments (the CLI's ``--db``), environment variables,
then defaults. The default database is a SQLite file in the per-user data directory, never in
the source tree.
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def _default_data_dir() -> Path:
    return Path(user_data_dir("encore", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ENCORE_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    # DATABASE_URL is the conventional name; ENCORE_DATABASE_URL works too.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "ENCORE_DATABASE_URL")
    )
    # A sentence-transformers model: the bundled name, a local directory or a cached hub name.
    model: str = DEFAULT_MODEL
    # What embeds texts: "static" (a static model distilled once from the model into
    # <data dir>/static; whole profiles, no transformer at run time), "torch"
    # (sentence-transformers) or "onnx" (ONNX Runtime, torch's vectors; the model is exported
    # once into <data dir>/onnx).
    embed_backend: Literal["static", "torch", "onnx"] = "static"
    signature: str = "The Talent Team"
    # Who the actions are attributed to when no identity provider signs recruiters in.
    recruiter: str = "local"
    # Imports: the largest file taken (for an XLSX, also the most it may unpack to), in MB,
    # and the longest cell, in KB (a longer cell refuses its row). Both bound memory.
    import_max_mb: float = Field(default=50, gt=0)
    import_max_cell_kb: int = Field(default=128, gt=0)
    # Résumé files (``encore import resumes``): the largest file taken, in MB (for a file in a
    # zip, also what it may unpack to); the most a zip or a folder may hold in all; the most
    # pages a PDF résumé may have. Each file is read in a child process stopped after the
    # seconds given or at the memory given (a PDF can hide a decompression bomb). The text
    # taken is bounded by ``import_max_cell_kb`` like a résumé cell of a CSV.
    resume_max_mb: float = Field(default=10, gt=0)
    resume_batch_max_mb: float = Field(default=2000, gt=0)
    resume_max_pages: int = Field(default=20, gt=0)
    resume_read_seconds: float = Field(default=30, gt=0)
    resume_read_memory_mb: int = Field(default=1024, ge=256)
    # Processes that read notes into conditions in bulk (``encore index``); default: one per
    # processor. 1 reads in-process.
    read_workers: int | None = Field(default=None, ge=1)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{self.data_dir / 'encore.db'}"


def normalise_database_url(url: str) -> str:
    """Accept the plain ``postgresql://`` scheme and use the psycopg 3 driver for it."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


@lru_cache
def get_settings() -> Settings:
    return Settings()
