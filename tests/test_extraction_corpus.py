"""Field accuracy over the real-document corpus (benchmarks/extraction.py), with a floor.

The floor is the accuracy measured when this test was written (benchmarks/README.md, "Document
reading"), less a margin for documents the corpus helpers add later, which the reader has not
been looked at against: a change that makes the reader worse on the documents it already
reads fails here. The target of the issue (95 % per field kind) is not the floor: the table
says how far from it each field kind is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import DEFAULT_CORPUS, DEV_CORPORA, evaluate, misses_text  # noqa: E402

#: Overall accuracy over all labelled fields of the development corpora (corpus/documents,
#: corpus/holdout and corpus/holdout2, 105 documents on 2026-11-23), .txt and the rendered
#: forms. Measured: 93 % (.txt), 93 % (.docx), 92 % (.pdf). The floors leave four points for
#: documents added to the development sets that the reader has not been looked at against
#: (the blind sets read 79-84 % when first measured), not for a change that makes it worse.
FLOOR_TXT = 0.89
FLOOR_RENDERED = 0.88
#: No field kind may fall below this (the title is the weakest: 81 % on .txt, 78 % over all
#: forms; documents inside a meeting's papers or a protocol are the hardest).
FLOOR_PER_KIND = 0.72

pytestmark = pytest.mark.skipif(
    not any(DEFAULT_CORPUS.glob("*.fields.toml")), reason="no corpus in this checkout"
)


def test_field_accuracy_over_the_text_corpus() -> None:
    results = evaluate(DEV_CORPORA, ("txt",))
    assert not results.errors, results.errors
    assert results.overall() >= FLOOR_TXT, misses_text(results)
    low = {
        kind: round(results.accuracy(kind), 2)
        for kind in results.total
        if results.accuracy(kind) < FLOOR_PER_KIND
    }
    assert not low, low


def test_field_accuracy_over_rendered_word_and_pdf(tmp_path: Path) -> None:
    results = evaluate(DEV_CORPORA, ("docx", "pdf"), cache=tmp_path)
    assert not results.errors, results.errors
    assert results.overall() >= FLOOR_RENDERED, misses_text(results)
