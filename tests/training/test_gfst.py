import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from mt_core.grammar import Gender
from mt_core.manifest import Annotations, ModelManifest
from training.corpus.records import Pair, read_pairs, write_pairs
from training.gfst import GfstConfig, degenerate, install_candidate, label, mix, run_gfst, select


def _monolingual(tmp_path: Path, source: str, sentences: list[str]) -> Path:
    """A corpus folder whose ``source`` training split holds ``sentences`` as documents d1, d2, …"""
    corpus = tmp_path / "corpus"
    write_pairs(corpus / f"{source}.train.jsonl", [Pair("b", f"d{i}", s, "x") for i, s in enumerate(sentences, 1)])
    return corpus


def test_label_needs_one_gender() -> None:
    assert label("My sister is a doctor.") == Gender.FEMININE
    assert label("He is a nurse.") == Gender.MASCULINE
    assert label("She met his brother.") is None and label("It rains.") is None


def test_select_puts_feminine_first_and_needs_a_person_noun(tmp_path: Path) -> None:
    corpus = _monolingual(
        tmp_path,
        "brown-apertium",
        ["He is a doctor.", "She is a teacher.", "She smiled.", "The nurse said she would come."],
    )
    counts = select(GfstConfig(model_dir=tmp_path, corpus_dir=corpus, work_dir=tmp_path / "gfst", max_sentences=2))
    assert counts == {"feminine": 2, "masculine": 0, "feminine_swapped": 0}
    assert [p.src for p in read_pairs(tmp_path / "gfst" / "selected.jsonl")] == [
        "She is a teacher.",
        "The nurse said she would come.",
    ]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="apertium-eng-spa is installed by `make test`")
def test_gfst_runs_end_to_end_and_resumes(tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    corpus = tmp_path / "corpus"
    shutil.copytree(synthetic_corpus, corpus)
    write_pairs(
        corpus / "brown-apertium.train.jsonl",
        [Pair("b", f"d{i}", f"My sister is a doctor number {i}.", "x") for i in range(6)],
    )
    config = GfstConfig(
        model_dir=model,
        corpus_dir=corpus,
        annotation_dir=tmp_path / "no-annotations",
        work_dir=tmp_path / "gfst",
        finetune_steps=4,
        eval_limit=4,
        replace_model=True,
        tuned_weight=0.5,
    )
    results = run_gfst(config)
    assert list(results) == ["select", "translate", "filter", "mix", "finetune", "eval"]
    manifest = json.loads((tmp_path / "gfst" / "manifest.json").read_text())
    assert manifest["select"] == {"feminine": 6, "masculine": 0, "feminine_swapped": 0}
    assert sum(manifest["filter"].values()) == 6
    kept = manifest["filter"]["feminine_kept"]
    assert manifest["mix"]["feminine"] == kept and manifest["mix"]["masculine"] == 0
    report = json.loads((model / "gfst" / "gfst_report.json").read_text())
    assert set(report) == {"before", "after", "chrf_loss", "feminine_gain", "accepted", "tuned_weight", "recipe"}
    assert report["recipe"]["steps"] == 4 and report["recipe"]["focus_loss"] is True
    assert report["tuned_weight"] == 0.5 and (tmp_path / "gfst" / "interpolated" / "model.safetensors").exists()
    assert (model / "gfst" / "gfst_plot.svg").read_text().startswith("<svg")
    assert run_gfst(config) == {}  # every stage is done: nothing reruns
    assert manifest["finetune"]["step"] == 4 and manifest["eval"]["step"] == 4

    # A fine-tune allowed more steps goes on from where it stopped, and the new checkpoint is evaluated again.
    longer = run_gfst(dataclasses.replace(config, finetune_steps=6))
    assert list(longer) == ["finetune", "eval"]
    assert json.loads((tmp_path / "gfst" / "manifest.json").read_text())["eval"]["step"] == 6
    # Another interpolation weight needs only a new evaluation.
    assert list(run_gfst(dataclasses.replace(config, finetune_steps=6, tuned_weight=1.0))) == ["eval"]
    # A trial reports in its work dir and leaves the model directory's report alone.
    shipped_report = (model / "gfst" / "gfst_report.json").read_text()
    run_gfst(dataclasses.replace(config, finetune_steps=6, tuned_weight=0.75, replace_model=False, version_suffix="+t"))
    assert ModelManifest.load(tmp_path / "gfst" / "candidate").version.endswith("+t")
    assert json.loads((tmp_path / "gfst" / "report" / "gfst_report.json").read_text())["tuned_weight"] == 0.75
    assert (model / "gfst" / "gfst_report.json").read_text() == shipped_report
    # Rehearsal steps go on from the fine-tune, with the original data weighted up.
    run_gfst(dataclasses.replace(config, finetune_steps=6, rehearsal_steps=2, stages=("finetune",)))
    train_config = json.loads((tmp_path / "gfst" / "run" / "train_config.json").read_text())
    assert train_config["focus_dir"] == str(tmp_path / "gfst" / "focus"), "the focus loss is the default"
    weights = train_config["source_weights"]
    assert weights["gfst"] == 4.0 and weights["wordnet-apertium"] == pytest.approx(0.6)
    assert json.loads((tmp_path / "gfst" / "manifest.json").read_text())["finetune"]["step"] == 8


def test_degenerate_translations_are_recognised() -> None:
    assert degenerate("") and degenerate("la la la la casa")
    assert not degenerate("la casa de la doctora es la casa")


def test_mix_balances_genders_and_tags_person_nouns(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    manifest = ModelManifest.load(model)
    dataclasses.replace(manifest, annotations=Annotations(gender=True)).save(model)
    work = tmp_path / "gfst"
    feminine = [Pair("gfst", f"f{i}", f"My sister is a doctor {i}.", "Mi hermana es doctora.") for i in range(2)]
    masculine = [Pair("gfst", f"m{i}", f"My brother is a doctor {i}.", "Mi hermano es doctor.") for i in range(5)]
    write_pairs(work / "filtered.jsonl", masculine + feminine)
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    (annotations / "ui.train.jsonl").write_text('{"terms": [], "genders": []}\n')
    config = GfstConfig(
        model_dir=model, annotation_dir=annotations, work_dir=work, feminine_share=0.5, tagged_percent=100
    )
    focused = 4 if shutil.which("lt-proc") else 0  # the focus needs the Spanish analyser
    assert mix(config) == {"feminine": 2, "masculine": 2, "gender_tagged": 4, "focused": focused}
    mixed = list(read_pairs(work / "corpus" / "gfst.train.jsonl"))
    assert [p.doc for p in mixed] == ["f0", "f1", "m0", "m1"]
    side = [json.loads(line) for line in (work / "annotations" / "gfst.train.jsonl").read_text().splitlines()]
    assert side[0]["genders"] == [[15, 21, "feminine"]] and side[2]["genders"] == [[16, 22, "masculine"]]
    assert (work / "annotations" / "ui.train.jsonl").exists(), "the original side files travel with the mix"
    if focused:
        focus = [json.loads(line)["spans"] for line in (work / "focus" / "gfst.train.jsonl").read_text().splitlines()]
        assert focus[0] == [[14, 21]] and focus[2] == [[14, 20]], "the noun that carries the gender, nothing else"


def test_mix_leaves_pairs_plain_outside_the_tagged_share(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    dataclasses.replace(ModelManifest.load(model), annotations=Annotations(gender=True)).save(model)
    work = tmp_path / "gfst"
    write_pairs(work / "filtered.jsonl", [Pair("gfst", f"f{i}", f"She is a doctor {i}.", "x") for i in range(50)])
    counts = mix(GfstConfig(model_dir=model, annotation_dir=tmp_path / "none", work_dir=work, tagged_percent=20))
    assert 0 < counts["gender_tagged"] < 25, "about a fifth of the pairs keep their tags"
    assert mix(GfstConfig(model_dir=model, annotation_dir=tmp_path / "none", work_dir=work, tagged_percent=0)) == {
        "feminine": 50,
        "masculine": 0,
        "gender_tagged": 0,
        "focused": 0,  # "x" has no person noun to focus on
    }


def test_select_makes_up_feminine_sentences_by_swapping_masculine_ones(tmp_path: Path) -> None:
    # "She is a doctor." is also the swap of d1: it is selected once.
    corpus = _monolingual(
        tmp_path, "bible", ["He is a doctor.", "She is a teacher.", "She is a doctor.", "His son is a nurse."]
    )
    config = GfstConfig(model_dir=tmp_path, corpus_dir=corpus, work_dir=tmp_path / "gfst")
    assert select(config) == {"feminine": 3, "masculine": 2, "feminine_swapped": 1}
    selected = list(read_pairs(tmp_path / "gfst" / "selected.jsonl"))
    assert [p.src for p in selected] == [
        "She is a teacher.",
        "She is a doctor.",
        "Her daughter is a nurse.",
        "He is a doctor.",
        "His son is a nurse.",
    ]
    assert selected[2].doc == "feminine-swap:d4" and label(selected[2].src) is Gender.FEMININE
    no_swap = GfstConfig(model_dir=tmp_path, corpus_dir=corpus, work_dir=tmp_path / "plain", swap_masculine=False)
    assert select(no_swap) == {"feminine": 2, "masculine": 2}


def test_an_installed_candidate_drops_what_described_the_old_weights(tmp_path: Path) -> None:
    candidate, model = tmp_path / "candidate", tmp_path / "model"
    for root, weights in ((candidate, "new"), (model, "old")):
        (root / "ct2").mkdir(parents=True)
        (root / "ct2" / "model.bin").write_text(weights)
        (root / "checkpoint").mkdir()
        (root / "manifest.json").write_text(weights)
    for name in ("eval", "gfst"):
        (model / name).mkdir()
        (model / name / "report.json").write_text("{}")
    (model / "MODEL_CARD.md").write_text("old card")
    (model / "spm.model").write_text("vocabulary")
    install_candidate(candidate, model)
    assert (model / "ct2" / "model.bin").read_text() == "new" and (model / "manifest.json").read_text() == "new"
    assert not (model / "eval").exists() and not (model / "MODEL_CARD.md").exists()
    assert (model / "gfst" / "report.json").exists() and (model / "spm.model").exists()
