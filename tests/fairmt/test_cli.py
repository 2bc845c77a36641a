import io
from pathlib import Path

import pytest

from fairmt.cli import build_parser, main


def test_translate_text_and_stdin(
    tiny_model_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["translate", "--model", str(tiny_model_dir), "The dog."]) == 0
    assert capsys.readouterr().out.strip()
    monkeypatch.setattr("sys.stdin", io.StringIO("One.\nTwo.\n\nThree.\n"))
    assert main(["translate", "--model", str(tiny_model_dir)]) == 0
    assert len(capsys.readouterr().out.split("\n")) == 5  # four lines, the blank one kept


def test_translate_answers_as_the_service_does(
    tiny_model_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offline command builds the service's pipeline (gender reader, copy check, attention), not a bare one."""
    from app.main import load_pipeline
    from app.settings import Settings
    from mt_core import service_pipeline

    built = []

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(service_pipeline.service_pipeline(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr("fairmt.offline.service_pipeline", spy)
    text = "The nurse said she was tired. It costs 3.5 dollars."
    assert main(["translate", "--model", str(tiny_model_dir), text]) == 0
    served = load_pipeline(Settings(model_dir=tiny_model_dir))
    assert capsys.readouterr().out == served.translate([text], "en", "es")[0].text + "\n"
    (pipeline,) = built
    assert pipeline.decoding == served.decoding and pipeline.gender_reader is not None
    assert pipeline.copy_check is not None


def test_translate_file_and_bad_pair(tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.txt"
    source.write_text("One.\nTwo.\n")
    assert main(["translate", "--model", str(tiny_model_dir), "--input", str(source)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["translate", "--model", str(tiny_model_dir), "--to", "de", "x"]) == 2
    assert "en->es" in capsys.readouterr().err


def test_every_stage_has_a_subcommand() -> None:
    parser = build_parser()
    for argv in (
        ["serve"],
        ["translate", "x"],
        ["data", "build"],
        ["data", "spellings"],
        ["vocab"],
        ["train"],
        ["convert", "--checkpoint", "c", "--spm-model", "s"],
        ["eval"],
    ):
        assert callable(parser.parse_args(argv).handler)


def test_convert_writes_the_learned_annotations(tiny_model_dir: Path, tmp_path: Path) -> None:
    from mt_core.manifest import ModelManifest

    output = tmp_path / "model"
    assert (
        main(
            [
                "convert",
                "--checkpoint",
                str(tiny_model_dir / "checkpoint"),
                "--spm-model",
                str(tiny_model_dir / "spm.model"),
                "--output",
                str(output),
                "--annotations",
                "terms,gender",
            ]
        )
        == 0
    )
    annotations = ModelManifest.load(output).annotations
    assert (annotations.terms, annotations.markup, annotations.gender) == (True, False, True)


def test_data_spellings_writes_the_table_where_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.train.jsonl").write_text('{"source": "x", "doc": "d", "src": "Color color color.", "tgt": "-"}\n')
    output = tmp_path / "table.tsv"
    assert main(["data", "spellings", "--corpus", str(corpus), "--output", str(output)]) == 0
    assert "colour\tcolor\n" in output.read_text() and "British spellings" in capsys.readouterr().out
