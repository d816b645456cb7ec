"""Any input file to a ``LoadedDraft``: a structured draft, or a document whose metadata is
read from its text. The one place that knows both readers (drafts must not import documents,
documents import drafts)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from govcheck.drafts import DRAFT_SUFFIXES, LoadedDraft, load_draft
from govcheck.models import Language


def load_input(
    path: Path,
    lang: Language = "sv",
    default_kommun: str | None = None,
    rules: Sequence[Path] | None = None,
) -> LoadedDraft:
    """A structured draft (.toml, .json) or a document (.txt, .md, .docx, .pdf). A document
    is read with the reading vocabulary and municipality profiles of the rule roots ``rules``
    (default: the bundled rules)."""
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        # Imported here: the document readers (python-docx, pypdf) cost start-up time.
        from govcheck.documents.loader import DOCUMENT_SUFFIXES, load_document

        if suffix in DOCUMENT_SUFFIXES:
            return load_document(path, default_kommun, rules)
    return load_draft(path, lang, default_kommun)
