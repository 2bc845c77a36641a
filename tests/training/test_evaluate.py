import json
from pathlib import Path

from training.evaluate import EvalConfig, evaluate


def test_evaluate_writes_reports_per_test_split(tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    reports = evaluate(
        EvalConfig(
            model_dir=tiny_model_dir, corpus_dir=synthetic_corpus, output=tmp_path, limit=20, with_apertium=False
        )
    )
    assert [r.source for r in reports] == ["synthetic"] and reports[0].sentences == 20
    saved = json.loads((tmp_path / "report.json").read_text())
    assert {m["name"] for m in saved[0]["model"]} == {"BLEU", "chrF"}
    assert "| synthetic | 20 |" in (tmp_path / "report.md").read_text()
    assert "## Numbers kept" in (tmp_path / "report.md").read_text()
    assert json.loads((tmp_path / "numbers.json").read_text())[0]["name"] == "number suite"


def test_model_card_is_built_from_recorded_numbers(
    tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path
) -> None:
    import shutil

    from training.model_card import CardConfig, write_card

    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    evaluate(EvalConfig(model_dir=model, corpus_dir=synthetic_corpus, limit=10, with_apertium=False, with_gender=False))
    (tmp_path / "bench.json").write_text(json.dumps({"ratio_service_vs_direct": 0.9}))
    card = write_card(CardConfig(model_dir=model, corpus_dir=synthetic_corpus, bench_json=tmp_path / "bench.json"))
    text = card.read_text()
    saved = json.loads((model / "eval" / "report.json").read_text())[0]
    bleu = next(m["score"] for m in saved["model"] if m["name"] == "BLEU")
    assert f"| synthetic | 10 | {bleu} |" in text
    assert "ratio_service_vs_direct: 0.9" in text and "tiny 0.0.1" in text
    assert "## Gender-filtered self-training" not in text, "no GFST section before a GFST run"
    (model / "gfst").mkdir()
    (model / "gfst" / "gfst_report.md").write_text(
        "# GFST report\n\nAccepted: **False**\n\n![gender accuracy](gfst_plot.svg)\n"
    )
    text = write_card(CardConfig(model_dir=model, corpus_dir=synthetic_corpus)).read_text()
    assert "Accepted: **False**" in text and "](gfst/gfst_plot.svg)" in text


def test_card_keeps_the_data_and_annotation_counts_where_data_was_never_built(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import shutil

    from training.model_card import CardConfig, write_card

    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    counts = {"pairs": 40, "with_terms": 12, "with_gender": 3}
    (annotations / "summary.json").write_text(json.dumps({"x.train.jsonl": counts, "x.test.jsonl": counts}))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = {"provenance": "made here", "license": "CC0"}
    cleaning = {"dropped": {"duplicate": 2}}
    datacard = {"x": {"info": source, "counts": {"train": 40, "dev": 5, "test": 5}, "cleaning": cleaning}}
    (corpus / "datacard.json").write_text(json.dumps(datacard))
    line = "- x.train.jsonl: 12 of 40 pairs with term candidates, 3 with a gendered person noun"
    built = CardConfig(model_dir=model, corpus_dir=corpus, annotation_dir=annotations)
    assert line in write_card(built).read_text()
    fresh_clone = CardConfig(model_dir=model, corpus_dir=tmp_path / "absent", annotation_dir=tmp_path / "absent")
    text = write_card(fresh_clone).read_text()
    assert line in text and "x.test.jsonl" not in text and "| x | made here | CC0 | 40 | 5 | 5 |" in text


def test_term_evaluation_uses_only_held_out_terms(tiny_model_dir: Path, synthetic_corpus: Path, tmp_path: Path) -> None:
    from mt_core.engine import Engine
    from mt_core.pipeline import TranslationPipeline
    from training.annotate import PairAnnotations, is_test_term
    from training.corpus.records import read_pairs
    from training.evaluate import evaluate_terms

    test_lemma = next(f"dog{i}" for i in range(1000) if is_test_term(f"dog{i}"))
    train_lemma = next(f"dog{i}" for i in range(1000) if not is_test_term(f"dog{i}"))
    lines = []
    for index, pair in enumerate(read_pairs(synthetic_corpus / "synthetic.test.jsonl")):
        start = pair.src.lower().find("dog")
        lemma = test_lemma if index % 2 else train_lemma
        terms = [(start, start + 3, "perro", lemma)] if start >= 0 else []
        lines.append(json.dumps({"terms": terms, "genders": []}))
    (tmp_path / "synthetic.test.jsonl").write_text("\n".join(lines) + "\n")
    report = evaluate_terms(
        synthetic_corpus / "synthetic.test.jsonl",
        tmp_path / "synthetic.test.jsonl",
        TranslationPipeline(Engine(tiny_model_dir)),
        limit=50,
    )
    assert report is not None
    expected = sum(1 for i, line in enumerate(lines) if i % 2 and json.loads(line)["terms"])
    assert report.sentences == expected > 0
    assert {m.name for m in report.annotated} == {"BLEU", "chrF", "term use rate"}
    assert report.html is not None and {m.name for m in report.html} == {"BLEU", "chrF", "term use rate"}
    assert sum(report.methods.values()) >= expected  # a term is checked at every occurrence
    assert PairAnnotations().terms == []


def test_markup_evaluation_on_tagged_pairs(tiny_model_dir: Path, tmp_path: Path) -> None:
    from mt_core import grammar
    from mt_core.engine import Engine
    from mt_core.pipeline import TranslationPipeline
    from training.corpus.records import Pair, write_pairs
    from training.evaluate import evaluate_markup, placeholders_to_html

    o1, c1 = (grammar.placeholder(1, k) for k in (grammar.PlaceholderKind.OPEN, grammar.PlaceholderKind.CLOSE))
    assert placeholders_to_html(f"Choose {o1}File & New{c1}.") == 'Choose <span class="t1">File &amp; New</span>.'
    pairs = [
        Pair("libreoffice", "d", "Choose File.", "Elija Archivo.", f"Choose {o1}File{c1}.", f"Elija {o1}Archivo{c1}.")
    ] * 3
    write_pairs(tmp_path / "libreoffice.test.jsonl", pairs)
    report = evaluate_markup(tmp_path / "libreoffice.test.jsonl", TranslationPipeline(Engine(tiny_model_dir)), 10)
    assert report is not None and report.sentences == 3
    assert report.markup.details["well_formed_percent"] == 100.0
    assert report.markup.details["tag_set_preserved_percent"] == 100.0


def test_card_names_what_a_fine_tuned_and_interpolated_model_came_from() -> None:
    from training.model_card import _lineage

    assert _lineage({"init_checkpoint": None}, None) == []
    lines = _lineage({"init_checkpoint": "models/x/checkpoint"}, {"accepted": True, "tuned_weight": 0.75})
    assert "`models/x/checkpoint`" in lines[0] and lines[1].startswith("- Served weights: 0.75 × that fine-tune")
    assert len(_lineage({"init_checkpoint": "c"}, {"accepted": False, "tuned_weight": 0.75})) == 1


def test_term_paragraphs_put_the_first_term_in_bold() -> None:
    from mt_core.terminology import Term
    from training.evaluate import term_paragraph

    terms = [Term("order", "pedido"), Term("cart", "carrito")]
    assert term_paragraph("Your order & cart.", terms) == "<p>Your <b>order</b> &amp; cart.</p>"
