"""The demo pool's words, read from the TOML files under ``data/demo/content/`` into dataclasses.

The files hold only words and numbers (names, places, job families, notes, the scenario
people); the generator modules beside this one decide who gets which, and the dataclasses in
``content_types`` are their shapes. Reading checks the shape as it goes: a table with a field
its dataclass does not know, or without one it needs, stops the load with a message naming
the file and the place in it.
"""

import tomllib
import types
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Union, get_args, get_origin, get_type_hints

from data.demo.content_types import (
    CompanyWords,
    Country,
    Culture,
    DemoContent,
    Family,
    MotivationWords,
    NoteWords,
    OpeningWords,
    OpenRole,
    ResumeWords,
    Scenarios,
)

CONTENT_DIR = Path(__file__).parent / "content"
# Families are read in this order: it is the order people and past roles are drawn in.
FAMILY_FILES = ("eng", "data", "product", "gtm", "ops")


class ContentError(ValueError):
    """A content file does not have the shape the generator needs."""


def _convert(hint, value, where: str):
    """``value`` from a TOML file as ``hint`` (a dataclass, list, dict, tuple or primitive)."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for option in (a for a in args if a is not type(None)):
            try:
                return _convert(option, value, where)
            except ContentError as error:
                errors.append(error)
        raise errors[0]
    if is_dataclass(hint):
        return _record(hint, value, where)
    if origin is list:
        _expect(value, list, "a list", where)
        return [_convert(args[0], item, f"{where}[{i}]") for i, item in enumerate(value)]
    if origin is tuple:
        _expect(value, list, f"a list of {len(args)}", where)
        if len(value) != len(args):
            raise ContentError(f"{where}: expected a list of {len(args)}, found {len(value)}")
        pairs = enumerate(zip(args, value, strict=True))
        return tuple(_convert(a, item, f"{where}[{i}]") for i, (a, item) in pairs)
    if origin is frozenset:
        _expect(value, list, "a list", where)
        return frozenset(_convert(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if origin is dict:
        _expect(value, dict, "a table", where)
        return {k: _convert(args[1], v, _child(where, k)) for k, v in value.items()}
    if hint is float:  # a whole number is a float too (weights: 10 and 1.5)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ContentError(f"{where}: expected a number, found {value!r}")
        return value
    if hint in (str, int, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise ContentError(f"{where}: expected {hint.__name__}, found {value!r}")
        return value
    raise TypeError(f"no reader for {hint!r}")  # a mistake in this module, not in the files


def _child(where: str, key: str) -> str:
    """``scenarios.toml: people.remote_seeker``: the file, then the path inside it."""
    return f"{where}: {key}" if where.endswith(".toml") else f"{where}.{key}"


def _expect(value, kind: type, what: str, where: str) -> None:
    if not isinstance(value, kind):
        raise ContentError(f"{where}: expected {what}, found {value!r}")


@cache
def _hints(cls) -> dict:
    return get_type_hints(cls)


def _record(cls, value, where: str):
    bare = getattr(cls, "bare", None)
    if bare and isinstance(value, str):
        value = {bare: value}
    _expect(value, dict, f"a table for {cls.__name__}", where)
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(value) - set(known))
    if unknown:
        raise ContentError(f"{where}: {cls.__name__} has no field {', '.join(unknown)}")
    hints = _hints(cls)
    kwargs = {}
    for name, spec in known.items():
        if name in value:
            kwargs[name] = _convert(hints[name], value[name], _child(where, name))
        elif spec.default is MISSING and spec.default_factory is MISSING:
            raise ContentError(f"{where}: {cls.__name__} needs {name}")
    return cls(**kwargs)


def _read(directory: Path, name: str) -> dict:
    path = directory / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{name}: {error}") from None


def _with_seniority_groups(data: dict) -> dict:
    """Motivations may name a seniority group ("senior_plus") instead of listing the levels."""
    groups = data.get("seniority_groups", {})
    for category, items in data.get("motivations", {}).items():
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("seniorities"), str):
                if item["seniorities"] not in groups:
                    raise ContentError(
                        f"motivations.toml: motivations.{category}[{i}].seniorities: "
                        f"no seniority group {item['seniorities']!r}"
                    )
                items[i] = {**item, "seniorities": groups[item["seniorities"]]}
    return data


@cache
def load_content() -> DemoContent:
    """Every content file, read once per process."""
    return read_content(CONTENT_DIR)


def read_content(directory: Path) -> DemoContent:
    """The content files in ``directory``; ``ContentError`` names the file and field at fault."""

    def read(name: str, cls):
        return _record(cls, _read(directory, name), name)

    def table(name: str, key: str, hint):
        data = _read(directory, name)
        if set(data) != {key}:
            raise ContentError(f"{name}: expected only [{key}], found {', '.join(sorted(data))}")
        return _convert(hint, data[key], _child(name, key))

    families: dict[str, Family] = {}
    for group in FAMILY_FILES:
        name = f"families/{group}.toml"
        for key, value in _read(directory, name).items():
            if key in families:
                raise ContentError(f"{name}: family {key} is defined twice")
            families[key] = _record(Family, value, _child(name, key))
    scenario_data = _read(directory, "scenarios.toml")
    scenario_data["resumes"] = _read(directory, "scenario_resumes.toml").get("resumes")
    return DemoContent(
        company=read("company.toml", CompanyWords),
        resume_words=read("resume_words.toml", ResumeWords),
        countries=table("places.toml", "countries", dict[str, Country]),
        cultures=table("names.toml", "cultures", dict[str, Culture]),
        families=families,
        motivations=_record(
            MotivationWords,
            _with_seniority_groups(_read(directory, "motivations.toml")),
            "motivations.toml",
        ),
        notes=read("notes.toml", NoteWords),
        openings=read("openings.toml", OpeningWords),
        open_roles=table("open_roles.toml", "open_roles", list[OpenRole]),
        scenarios=_record(Scenarios, scenario_data, "scenarios.toml"),
    )
