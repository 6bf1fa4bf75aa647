"""The docs document what exists and hold together: every command, setting, weight, facet and
import column is where a reader looks for it, and every relative link in README.md and
docs/*.md leads to a file (and a heading) inside the repository."""

import re
from pathlib import Path
from urllib.parse import unquote

from app.cli import cli
from data.importers.kinds import KINDS
from data.settings import Settings
from matching.weights import DEFAULT_WEIGHTS, STATIC_WEIGHTS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README_PATH = ROOT / "README.md"
PAGES = [README_PATH, *sorted(DOCS.glob("*.md"))]
README_MAX_LINES = 160


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


README = _read(README_PATH)


def _without_code(markdown: str) -> str:
    """Prose only: fenced blocks and inline code are not rendered as links or headings."""
    prose = re.sub(r"^(```|~~~).*?^\1\s*$", "", markdown, flags=re.M | re.S)
    return re.sub(r"`[^`\n]*`", "", prose)


def _link_targets(markdown: str) -> list[str]:
    prose = _without_code(markdown)
    inline = re.findall(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)", prose)
    reference = re.findall(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", prose, flags=re.M)
    return inline + reference


def _is_external(target: str) -> bool:
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) is not None


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: its text without markup or punctuation, lower case,
    spaces as hyphens (letters with accents kept)."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text stays
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    """Every anchor a page offers: its headings' slugs (a repeated one gets -1, -2…) and
    explicit id/name attributes."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    fenced = re.sub(r"^(```|~~~).*?^\1\s*$", "", markdown, flags=re.M | re.S)
    for match in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", fenced, flags=re.M):
        slug = github_slug(match.group(1))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    found.update(re.findall(r"\b(?:id|name)=\"([^\"]+)\"", markdown))
    return found


def broken_links(page: Path, root: Path = ROOT) -> list[str]:
    """Relative links of a page that lead nowhere, outside the repository, or to a heading the
    target page does not have."""
    problems = []
    for target in _link_targets(_read(page)):
        if _is_external(target):
            continue
        path_part, _, anchor = target.partition("#")
        if path_part.startswith("/"):
            problems.append(f"{target}: an absolute path, not relative to the page")
            continue
        resolved = (page.parent / unquote(path_part)).resolve() if path_part else page
        if not resolved.is_relative_to(root):
            problems.append(f"{target}: outside the repository")
        elif not resolved.exists():
            problems.append(f"{target}: no such file")
        elif (
            anchor and resolved.suffix == ".md" and unquote(anchor) not in anchors(_read(resolved))
        ):
            problems.append(f"{target}: no heading with that anchor in {resolved.name}")
    return problems


def test_github_slugs_are_computed_as_github_does():
    assert github_slug("How well it reads (measured)") == "how-well-it-reads-measured"
    assert github_slug("Importing résumé files") == "importing-résumé-files"
    assert github_slug("Which is the default, and why") == "which-is-the-default-and-why"
    assert github_slug("Set-up: `encore init`") == "set-up-encore-init"
    assert anchors("# A\n## B\n```\n# not a heading\n```\n## B\n") == {"a", "b", "b-1"}


def test_a_broken_link_or_anchor_is_caught(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "# Top\n[ok](#top) [gone](missing.md) [bad anchor](#nowhere) [up](../../etc/passwd)\n"
        "`[in code](missing.md)` [web](https://example.com/x)\n",
        encoding="utf-8",
    )
    assert broken_links(page, root=tmp_path) == [
        "missing.md: no such file",
        "#nowhere: no heading with that anchor in page.md",
        "../../etc/passwd: outside the repository",
    ]


def test_every_relative_link_and_anchor_in_the_docs_resolves():
    problems = {p.relative_to(ROOT).as_posix(): broken_links(p) for p in PAGES}
    assert {page: found for page, found in problems.items() if found} == {}


def test_no_doc_points_outside_the_repository():
    """Paths such as ../shared/... only work on one machine: a reader of the repository has
    nothing there. (A bare `../` — the zip-slip example — names no file.)"""
    for page in PAGES:
        text = re.sub(r"\]\([^)]*\)", "]()", _read(page))  # link targets are checked above
        assert not re.findall(r"\.\./[\w.]", text), page.name


def test_every_markdown_file_the_docs_name_is_in_the_repository():
    """A brief or note kept outside the repository (PRODUCT.md, say) is described in words."""
    in_repo = {p.name for p in ROOT.rglob("*.md") if ".venv" not in p.parts}
    for page in PAGES:
        for name in re.findall(r"[\w.-]+\.md\b", _read(page)):
            assert Path(name).name in in_repo, f"{page.name} names {name}"


def test_the_readme_is_short_and_links_every_docs_page():
    assert len(README.splitlines()) <= README_MAX_LINES
    linked = {Path(t.partition("#")[0]).name for t in _link_targets(README)}
    for page in DOCS.glob("*.md"):
        assert page.name in linked, page.name


def test_every_command_is_in_the_readme_and_the_command_reference():
    names = {c.name or c.callback.__name__ for c in cli.registered_commands}
    reference = _read(DOCS / "commands.md")
    for name in names:
        assert re.search(rf"^encore {name}\b", README, re.M), name
        assert re.search(rf"^encore {name}\b", reference, re.M), name


def test_every_setting_is_in_the_configuration_table():
    for field in Settings.model_fields:
        env = "DATABASE_URL" if field == "database_url" else f"ENCORE_{field.upper()}"
        assert re.search(rf"^\| `{env}`", README, re.M), env


def test_the_weights_table_matches_the_code():
    doc = _read(DOCS / "matching.md")
    for name, value in DEFAULT_WEIGHTS.as_dict().items():
        static = STATIC_WEIGHTS.as_dict()[name]
        assert re.search(rf"^\| {name} \| {value:.2f} \| {static:.2f} \|", doc, re.M), name


def test_every_facet_is_described_in_the_reading_doc():
    from reading.conditions import FACETS

    doc = _read(DOCS / "reading.md")
    for facet in FACETS:
        assert re.search(rf"^\| {facet} \|", doc, re.M), facet


def test_every_import_column_is_in_the_generic_columns_table():
    doc = _read(DOCS / "importing.md")
    for kind, spec in KINDS.items():
        row = re.search(rf"^\| {kind} \| (.+) \| (.+) \|$", doc, re.M)
        assert row, kind
        listed = re.findall(r"`(\w+)`", row.group(1))
        assert listed == list(spec.columns), kind
        for group in spec.required:
            assert " or ".join(f"`{c}`" for c in group) in row.group(2), (kind, group)
