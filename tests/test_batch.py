"""``govcheck batch`` on a local Dask cluster of two workers: the findings of ``validate``,
document for document, written as JSON Lines (and Parquet), and a stopped run resumed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govcheck import batch as batch_module
from govcheck.cli import cli
from govcheck.reporters.json_report import report_dict
from govcheck.runner import RunConfig, Validator, default_rules_dir
from test_scale import write_drafts

from conftest import FIXTURES, RULES
from documents import write_docx, write_pdf

pytestmark = pytest.mark.cluster


def _canonical(items: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few thousand documents: generated drafts of every kind with their typical faults, the
    seed documents as text, Word and PDF, the example drafts, and two that cannot be read."""
    root = tmp_path_factory.mktemp("arkiv")
    write_drafts(root / "utkast", 2000, seed=17)
    seeds = root / "dokument"
    seeds.mkdir()
    for source in sorted((RULES / "sources").glob("0*.txt")):
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, seeds / source.name)
        write_docx(text, seeds / f"{source.stem}.docx")
        write_pdf(text, seeds / f"{source.stem}.pdf")
    shutil.copytree(FIXTURES / "examples", root / "exempel")
    (root / "exempel" / "trasig.toml").write_text('kommun = "malmo"\ntyp = [', encoding="utf-8")
    (root / "exempel" / "tom.json").write_text("", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def expected(archive: Path) -> dict[str, Any]:
    """What ``validate --format json`` reports on the archive."""
    report = Validator(RunConfig(rules_dir=default_rules_dir())).run([archive])
    return report_dict(report)


def _batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli,
        ["batch", "--workers", "2", "--batch-size", "150", *args],
        env={"GOVCHECK_NO_CONFIG": "1"},
    )
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _assert_same_as_validate(output: Path, expected: dict[str, Any]) -> None:
    findings = [f for entry in expected["files"] for f in entry["findings"]]
    assert len(findings) > 500  # the archive has faults: not a comparison of empty lists
    assert _canonical(_lines(output)) == _canonical(findings)
    problems = _lines(output.with_name(output.stem + ".problems.jsonl"))
    assert _canonical(problems) == _canonical(expected["input_errors"])
    assert {p["file"].rsplit("/", 1)[-1] for p in problems} == {"trasig.toml", "tom.json"}


def test_batch_on_a_local_cluster_gives_the_findings_of_validate_and_resumes(
    archive: Path, expected: dict[str, Any], tmp_path: Path
) -> None:
    output = tmp_path / "fynd.jsonl"
    code, said = _batch(str(archive), "-o", str(output))
    assert code == 2, said  # two documents could not be read: said, and the rest checked
    total = len(expected["files"])
    assert f"granskade {total:,} dokument" in said
    _assert_same_as_validate(output, expected)
    import pyarrow.dataset as ds

    parquet = ds.dataset(str(tmp_path / "fynd.parquet")).to_table().to_pylist()
    assert _canonical(parquet) == _canonical(_lines(output))
    summary = json.loads((tmp_path / "fynd.summary.json").read_text(encoding="utf-8"))
    assert summary["checked"] == total and summary["findings"] == len(_lines(output))

    # A run stopped half-way: the done-index keeps its first batches and a batch being
    # written; the outputs have lines of batches the index does not cover.
    done = tmp_path / "fynd.done.jsonl"
    header, *records = done.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = records[: len(records) // 2]
    done.write_text(header + "".join(kept) + records[len(kept)][:40], encoding="utf-8")
    with output.open("a", encoding="utf-8") as stream:
        stream.write('{"rule_id": "HALV\n')
    covered = sum(len(json.loads(record)["files"]) for record in kept)

    # Resumed from a list of the same documents (one path a line) instead of the folder.
    listing = tmp_path / "dokument.txt"
    files = [str(path) for path in _walk(archive)]
    listing.write_text("# arkivet\n" + "\n".join(files) + "\n", encoding="utf-8")
    code, said = _batch("--list", str(listing), "-o", str(output))
    assert code == 2, said  # the two unreadable ones are in the output (from the first run)
    assert f"granskade {total - covered:,} dokument ({covered:,} redan klara)" in said
    _assert_same_as_validate(output, expected)
    parquet = ds.dataset(str(tmp_path / "fynd.parquet")).to_table().to_pylist()
    assert _canonical(parquet) == _canonical(_lines(output))
    # Everything is done now: a third run checks nothing and changes nothing.
    before = output.read_bytes()
    code, said = _batch(str(archive), "-o", str(output))
    assert "granskade 0 dokument" in said and output.read_bytes() == before


def _walk(folder: Path) -> list[Path]:
    from govcheck.runner import collect

    return collect([folder])[0]


def test_a_document_govcheck_fails_on_is_reported_and_the_others_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What runs on a worker: one document's internal error does not stop its batch."""
    real = batch_module.check_document
    broken = FIXTURES / "examples" / "malmo-remissvar-kn-2020.toml"

    def check(config: RunConfig, path: Path) -> Any:
        if path == broken:
            raise RuntimeError("trasig motor")
        return real(config, path)

    monkeypatch.setattr(batch_module, "check_document", check)
    files = [str(FIXTURES / "examples" / "malmo-utvecklingsplan-med-brister.toml"), str(broken)]
    config = RunConfig(rules_dir=default_rules_dir())
    (first, found, problem), (second, none, failure) = batch_module.check_batch(config, files)
    assert found and problem is None and first == files[0]
    assert second == files[1] and none == []
    assert failure == {
        "file": files[1],
        "message": "internt fel: RuntimeError: trasig motor",
        "line": None,
        "key": "",
        "internal": True,
    }


def test_batch_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    output = tmp_path / "fynd.jsonl"
    output.write_text("mitt eget\n", encoding="utf-8")
    code, said = _batch(str(FIXTURES / "examples"), "-o", str(output))
    assert code == 2 and "skrivs inte över" in said
    assert output.read_text(encoding="utf-8") == "mitt eget\n"


def test_the_done_index_finds_every_document_it_was_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_module, "SORT_RUN", 7)  # many sorted runs, merged
    done = batch_module.DoneIndex()
    files = [f"arkiv/{number:05d}.pdf" for number in range(0, 2000, 2)]
    done.add_all(files)
    done.seal()
    assert len(done) == 1000
    assert all(file in done for file in files)
    assert not any(f"arkiv/{number:05d}.pdf" in done for number in range(1, 2000, 2))


def test_an_output_through_a_link_is_refused_and_a_missing_folder_is_made(tmp_path: Path) -> None:
    """The outputs are appended to: a dangling link in their place was followed (an internal
    error, or a write through the link), and a missing folder was an internal error."""
    from govcheck.batch import Outputs

    link = tmp_path / "dl.jsonl"
    link.symlink_to(tmp_path / "saknas" / "x.jsonl")
    document = tmp_path / "doc.txt"
    document.write_text("Tjänsteskrivelse\nDatum 2020-01-01\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["batch", str(document), "-o", str(link)], env={"GOVCHECK_NO_CONFIG": "1"}
    )
    assert result.exit_code == 2, result.output
    assert "vanlig fil" in result.output
    assert not (tmp_path / "saknas").exists()
    outputs = Outputs.beside(tmp_path / "ny" / "mapp" / "x.jsonl")
    outputs.prepare()
    assert (tmp_path / "ny" / "mapp").is_dir()
