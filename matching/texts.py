"""The texts Encore embeds, and how a long profile is cut to fit the model's window.

A candidate's profile (title, headline, skills, experience, résumé) is split at sentence
boundaries into chunks that each fit the model's token window, so nothing past the first
256 word pieces is silently dropped; a model without a window (a static model) embeds it
whole. Each stated motivation is embedded on its own.
"""

import hashlib
import re
from collections.abc import Callable, Sequence

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# Headroom for [CLS]/[SEP] and tokenizer differences between counting and encoding.
_WINDOW_MARGIN = 8


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def profile_text(
    *,
    current_title: str | None,
    headline: str | None,
    skills: Sequence[str],
    years_experience: float | None,
    resume_text: str | None,
) -> str:
    head = [p for p in (current_title, headline) if p]
    lines = [". ".join(head)] if head else []
    if skills:
        lines.append("Skills: " + ", ".join(skills) + ".")
    if years_experience is not None:
        lines.append(f"{years_experience:g} years of experience.")
    if resume_text:
        lines.append(resume_text.strip())
    return "\n".join(lines)


def opening_requirements_text(
    *, title: str, seniority: str | None, requirements: str | None, description: str | None
) -> str:
    parts = [f"{title}" + (f" ({seniority})" if seniority else "")]
    if requirements:
        parts.append(requirements.strip())
    if description:
        parts.append(description.strip())
    return "\n".join(parts)


def chunk_text(
    text: str, *, max_tokens: int | None, count_tokens: Callable[[Sequence[str]], list[int]]
) -> list[str]:
    """Greedy packing of whole sentences into chunks of at most ``max_tokens`` tokens."""
    return chunk_texts([text], max_tokens=max_tokens, count_tokens=count_tokens)[0]


def chunk_texts(
    texts: Sequence[str],
    *,
    max_tokens: int | None,
    count_tokens: Callable[[Sequence[str]], list[int]],
) -> list[list[str]]:
    """``chunk_text`` for many texts, with one ``count_tokens`` call for all their sentences
    (one tokenizer call per profile costs more than the tokenizing itself). A model without
    a window (``max_tokens`` None, a static model) takes each text whole: one chunk."""
    if max_tokens is None:
        return [[text.strip()] if text.strip() else [] for text in texts]
    split = [[s.strip() for s in _SENTENCE.split(text) if s and s.strip()] for text in texts]
    flat = [sentence for sentences in split for sentence in sentences]
    lengths = iter(count_tokens(flat) if flat else [])
    return [
        _pack(
            sentences, [next(lengths) for _ in sentences], max_tokens - _WINDOW_MARGIN, count_tokens
        )
        for sentences in split
    ]


def _pack(
    sentences: list[str],
    lengths: list[int],
    budget: int,
    count_tokens: Callable[[Sequence[str]], list[int]],
) -> list[str]:
    pieces: list[tuple[str, int]] = []
    for sentence, length in zip(sentences, lengths, strict=True):
        if length <= budget:
            pieces.append((sentence, length))
            continue
        # A run-on "sentence" (a skills dump, a table) is cut by words instead.
        words = sentence.split()
        step = max(1, int(len(words) * budget / length))
        for start in range(0, len(words), step):
            part = " ".join(words[start : start + step])
            pieces.append((part, count_tokens([part])[0]))
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for sentence, length in pieces:
        if current and used + length > budget:
            chunks.append(" ".join(current))
            current, used = [], 0
        current.append(sentence)
        used += length
    if current:
        chunks.append(" ".join(current))
    return chunks
