"""`fairmt eval`: BLEU and chrF on every held-out test split, with Apertium side by side."""

from __future__ import annotations

import html
import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from mt_core import grammar
from mt_core.engine import EngineOptions
from mt_core.gender import differ_only_in_gender, gender_reader_for, is_ambiguous
from mt_core.gender_alternatives import gender_alternatives
from mt_core.gender_lexicon import person_noun_spans
from mt_core.grammar import Gender
from mt_core.invented_tails import TAIL_CUT_WARNING
from mt_core.markup_translate import MarkupOptions, MarkupTranslator
from mt_core.pipeline import RequestOptions, TranslationPipeline
from mt_core.pipeline_steps import TranslatedText
from mt_core.service_pipeline import service_pipeline
from mt_core.terminology import Term, TermMatcher
from training.annotate import is_test_term, read_annotations
from training.biography_eval import evaluate_biographies, render_biographies_markdown
from training.corpus.brown_apertium import apertium_translate
from training.corpus.records import Pair, read_pairs
from training.date_eval import evaluate_dates, render_dates_markdown
from training.gender_suite import read_suite
from training.markup_gender_eval import evaluate_markup_gender, render_markup_gender_markdown
from training.metrics import QUALITY_METRICS, GenderAccuracy, MarkupAccuracy, MetricScore, TermUseRate, detag
from training.number_eval import (
    evaluate_numbers,
    evaluate_placeholders,
    render_numbers_markdown,
    render_placeholders_markdown,
)
from training.predicate_eval import evaluate_predicates, render_predicates_markdown
from training.spelling_eval import evaluate_spellings, render_spellings_markdown
from training.tables import gender_rows, markdown_table

#: Sources whose references Apertium itself wrote: comparing it there is meaningless.
APERTIUM_TAUGHT = {"brown-apertium", "wordnet-apertium"}


@dataclass
class EvalConfig:
    model_dir: Path
    corpus_dir: Path = Path("data/corpus")
    annotation_dir: Path = Path("data/annotations")
    output: Path | None = None
    limit: int = 500
    with_apertium: bool = True
    with_gender: bool = True
    #: Decode over the model's vocabulary map, as the service with FAIRMT_VOCABULARY_MAP=true.
    vocabulary_map: bool = False


@dataclass
class SplitReport:
    source: str
    sentences: int
    model: list[MetricScore]
    apertium: list[MetricScore] | None
    seconds: float
    #: Translations whose invented tail was cut (mt_core/invented_tails.py).
    tails_cut: int = 0
    #: Determiners put in their noun's gender (mt_core/agreement.py).
    determiners_mended: int = 0


def _score(hypotheses: list[str], references: list[str]) -> list[MetricScore]:
    return [metric.corpus_score(hypotheses, references) for metric in QUALITY_METRICS]


def evaluate_split(path: Path, pipeline: TranslationPipeline, config: EvalConfig) -> SplitReport:
    pairs = list(read_pairs(path))[: config.limit]
    sources, references = [p.src for p in pairs], [p.tgt for p in pairs]
    started = time.monotonic()
    mended_before = pipeline.agreement.mended if pipeline.agreement else 0
    results: list[TranslatedText] = []
    for start in tqdm(range(0, len(sources), 32), desc=path.stem, unit=" batches"):
        results += pipeline.translate(sources[start : start + 32], "en", "es")
    hypotheses = [r.text for r in results]
    tails_cut = sum(any(TAIL_CUT_WARNING in w for w in r.warnings) for r in results)
    mended = (pipeline.agreement.mended if pipeline.agreement else 0) - mended_before
    seconds = time.monotonic() - started
    source = path.name.split(".")[0]
    apertium = None
    if config.with_apertium and shutil.which("apertium") and source not in APERTIUM_TAUGHT:
        apertium = _score(apertium_translate(sources), references)
    model = _score(hypotheses, references)
    return SplitReport(source, len(pairs), model, apertium, round(seconds, 1), tails_cut, mended)


def render_markdown(reports: list[SplitReport], model_name: str) -> str:
    lines = [
        f"# Evaluation of {model_name}",
        "",
        "| test split | sentences | model BLEU | model chrF | Apertium BLEU | Apertium chrF |",
        "|---|---|---|---|---|---|",
    ]
    for report in reports:
        model = {m.name: m.score for m in report.model}
        apertium = {m.name: m.score for m in report.apertium} if report.apertium else {}
        lines.append(
            f"| {report.source} | {report.sentences} | {model['BLEU']} | {model['chrF']} | "
            f"{apertium.get('BLEU', 'n/a')} | {apertium.get('chrF', 'n/a')} |"
        )
    signatures = {m.name: m.signature for r in reports for m in r.model}
    lines += [
        "",
        "Signatures: " + "; ".join(f"{k} `{v}`" for k, v in signatures.items()),
        "",
        "Apertium is not scored on brown-apertium and wordnet-apertium: it wrote those references.",
        "",
        "Translations whose invented tail was cut: " + ", ".join(f"{r.source} {r.tails_cut}" for r in reports) + ".",
        "",
        "Determiners put in the gender of the noun after them ('una hombre' → 'un hombre'): "
        + ", ".join(f"{r.source} {r.determiners_mended}" for r in reports)
        + ". The references Apertium wrote (brown-apertium, wordnet-apertium) hold the same slips ('en una puesto'), "
        "which the mend then moves away from.",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class GenderReport:
    sentences: int
    #: The model alone: no hints, and the sentence's own gender words not used either (what GFST changes).
    without_hints: MetricScore
    with_hints: MetricScore
    #: Counterfactual pairs whose translations differ only in gender-inflected words.
    parity_percent: float = 0.0
    #: Ambiguous suite sentences detected as ambiguous, and those that got a valid feminine/masculine pair.
    ambiguous_detected_percent: float = 0.0
    alternatives_valid_percent: float = 0.0
    #: fairmt's default without hints: the sentence's gender words fix its one ambiguous person noun.
    service_default: MetricScore | None = None


def evaluate_gender(pipeline: TranslationPipeline, limit: int) -> GenderReport | None:
    """fairmt's own suite (training/gender_suite.jsonl): accuracy without hints and with the gold hint."""
    reader = gender_reader_for(pipeline.engine.manifest.target_lang)
    if reader is None:
        return None
    items = [item for item in read_suite() if item.kind == "fixed"][: limit * 2]
    sentences = [item.sentence for item in items]
    # The model alone: nothing of the service that changes its words (no gender evidence, no n-best retries).
    alone = TranslationPipeline(pipeline.engine, pipeline.decoding)
    plain = [r.text for r in alone.translate(sentences, "en", "es", RequestOptions(source_gender=False))]
    default = [r.text for r in pipeline.translate(sentences, "en", "es")]
    hinted = [
        pipeline.translate([item.sentence], "en", "es", RequestOptions(target_gender=Gender(item.gender or "")))[0].text
        for item in tqdm(items, desc="gender suite with hints", unit=" sentences")
    ]
    metric = GenderAccuracy(
        reader, [i.occupation for i in items], [i.gender or "" for i in items], [i.stereotype for i in items]
    )
    by_pair: dict[str, dict[str, str]] = {}
    for item, translation in zip(items, plain, strict=True):
        by_pair.setdefault(item.pair or item.id, {})[item.gender or ""] = translation
    pairs = [p for p in by_pair.values() if len(p) == 2]
    parity = sum(differ_only_in_gender(p["feminine"], p["masculine"], reader.analyser) for p in pairs)
    ambiguous = [item.sentence for item in read_suite() if item.kind == "ambiguous"][:limit]
    detected = sum(is_ambiguous(sentence) for sentence in ambiguous)
    with_reader = TranslationPipeline(pipeline.engine, pipeline.decoding, reader)
    valid = 0
    for sentence, pair in zip(ambiguous, gender_alternatives(with_reader, ambiguous, "en", "es"), strict=True):
        # A pair counts when it differs only in gender (checked when it was made) and each text reads as its
        # label for every person noun of the source.
        nouns = [sentence[s:e] for s, e in person_noun_spans(sentence)]
        valid += bool(pair) and all(reader.read(n, text) is g for g, text in pair.items() for n in nouns)
    return GenderReport(
        len(items),
        metric.corpus_score(plain),
        metric.corpus_score(hinted),
        round(100 * parity / max(len(pairs), 1), 2),
        round(100 * detected / max(len(ambiguous), 1), 2),
        round(100 * valid / max(detected, 1), 2),
        metric.corpus_score(default),
    )


def render_gender_markdown(report: GenderReport | None) -> str:
    if report is None:
        return ""
    lines = [
        "",
        f"## Gender (fairmt suite, {report.sentences} sentences)",
        "",
    ]
    scores = [
        ("model alone, no hints", report.without_hints),
        ("fairmt default, no hints", report.service_default),
        ("with hints", report.with_hints),
    ]
    details = ["feminine_accuracy", "masculine_accuracy", "delta_g", "pro_accuracy", "anti_accuracy", "delta_s"]
    lines += markdown_table(
        ["", "accuracy", "feminine", "masculine", "ΔG", "pro", "anti", "ΔS", "noun not found"],
        gender_rows(scores, [*details, "not_found_percent"]),
    )
    lines += [
        "",
        "The fairmt default lets a sentence's own gender words ('she', 'my sister') fix its one ambiguous person "
        "noun; the model alone does not use them.",
        "",
        f"Counterfactual pairs translated differently only in gender-inflected words: "
        f"{report.parity_percent}%. Ambiguous sentences detected: {report.ambiguous_detected_percent}%; "
        f"of those, given a feminine/masculine pair that differs only in gender and reads as labelled: "
        f"{report.alternatives_valid_percent}%.",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class MarkupReport:
    source: str
    sentences: int
    markup: MetricScore
    detagged: list[MetricScore]
    plain: list[MetricScore]


def placeholders_to_html(text: str) -> str:
    """Grammar placeholders of the LibreOffice data as generic HTML tags, one class per tag number."""
    out: list[str] = []
    cursor = 0
    for token in grammar.find_placeholders(text):
        out.append(html.escape(text[cursor : token.start], quote=False))
        if token.kind is grammar.PlaceholderKind.OPEN:
            out.append(f'<span class="t{token.index}">')
        elif token.kind is grammar.PlaceholderKind.CLOSE:
            out.append("</span>")
        else:
            out.append(f'<br class="t{token.index}">')
        cursor = token.end
    out.append(html.escape(text[cursor:], quote=False))
    return "".join(out)


def evaluate_markup(path: Path, pipeline: TranslationPipeline, limit: int) -> MarkupReport | None:
    """Held-out tagged segments: tags kept and placed, and detagged quality against plain translation."""
    pairs = [p for p in read_pairs(path) if p.src_tagged and p.tgt_tagged][:limit]
    if not pairs:
        return None
    sources = [placeholders_to_html(p.src_tagged or "") for p in pairs]
    references = [placeholders_to_html(p.tgt_tagged or "") for p in pairs]
    translator = MarkupTranslator(pipeline)
    outputs: list[str] = []
    for start in tqdm(range(0, len(sources), 16), desc=f"markup {path.stem}", unit=" batches"):
        outputs += [r.text for r in translator.translate(sources[start : start + 16], "en", "es", xml_mode=False)]
    plain = [r.text for r in pipeline.translate([detag(s) for s in sources], "en", "es")]
    plain_references = [detag(r) for r in references]
    return MarkupReport(
        path.name.split(".")[0],
        len(pairs),
        MarkupAccuracy().corpus_score(outputs, references),
        _score([detag(o) for o in outputs], plain_references),
        _score(plain, plain_references),
    )


def render_markup_markdown(reports: list[MarkupReport]) -> str:
    if not reports:
        return ""
    lines = [
        "",
        "## Markup (held-out tagged segments)",
        "",
        "| test split | segments | well-formed | tag set kept | placement | chrF detagged | chrF plain |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in reports:
        d = r.markup.details
        lines.append(
            f"| {r.source} | {r.sentences} | {d['well_formed_percent']}% | "
            f"{d['tag_set_preserved_percent']}% | {d['placement_accuracy_percent']}% | "
            f"{r.detagged[1].score} | {r.plain[1].score} |"
        )
    return "\n".join(lines) + "\n"


def render_terms_markdown(reports: list[TermReport]) -> str:
    if not reports:
        return ""
    lines = [
        "",
        "## Terminology (held-out test terms)",
        "",
        "| test split | sentences | term use plain | term use with terms | term use with terms, HTML | BLEU plain | "
        "BLEU with terms | chrF plain | chrF with terms | chrF with terms, HTML | how terms landed |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for report in reports:
        plain = {m.name: m.score for m in report.plain}
        annotated = {m.name: m.score for m in report.annotated}
        in_html = {m.name: m.score for m in report.html or []}
        lines.append(
            f"| {report.source} | {report.sentences} | {plain['term use rate']} | {annotated['term use rate']} | "
            f"{in_html.get('term use rate', 'n/a')} | {plain['BLEU']} | {annotated['BLEU']} | {plain['chrF']} | "
            f"{annotated['chrF']} | {in_html.get('chrF', 'n/a')} | {report.methods} |"
        )
    lines += [
        "",
        "The HTML columns: each sentence as `<p>…</p>` with its first term in `<b>`, the terms given as request "
        "terms, scored on the text without tags.",
    ]
    return "\n".join(lines) + "\n"


def evaluate(config: EvalConfig) -> list[SplitReport]:
    # As the service runs with its default settings (and FAIRMT_VOCABULARY_MAP when asked).
    pipeline = service_pipeline(config.model_dir, EngineOptions(vocabulary_map=config.vocabulary_map))
    test_files = sorted(config.corpus_dir.glob("*.test.jsonl"))
    reports = [evaluate_split(path, pipeline, config) for path in test_files]
    term_reports = [
        report
        for path in test_files
        if (report := evaluate_terms(path, config.annotation_dir / path.name, pipeline, config.limit)) is not None
    ]
    output = config.output or config.model_dir / "eval"
    output.mkdir(parents=True, exist_ok=True)
    (output / "report.json").write_text(json.dumps([asdict(r) for r in reports], indent=2))
    (output / "terms.json").write_text(json.dumps([asdict(r) for r in term_reports], indent=2))
    markup_reports = [r for path in test_files if (r := evaluate_markup(path, pipeline, config.limit)) is not None]
    (output / "markup.json").write_text(json.dumps([asdict(r) for r in markup_reports], indent=2))
    gender_report = evaluate_gender(pipeline, config.limit) if config.with_gender else None
    if gender_report is not None:
        (output / "gender.json").write_text(json.dumps(asdict(gender_report), indent=2))
    markup_gender = evaluate_markup_gender(pipeline, config.limit) if config.with_gender else None
    if markup_gender is not None:
        (output / "markup_gender.json").write_text(json.dumps(asdict(markup_gender), indent=2))
    predicates = evaluate_predicates(pipeline, config.limit) if config.with_gender else None
    if predicates is not None:
        (output / "predicates.json").write_text(json.dumps(asdict(predicates), indent=2))
    number_rows = evaluate_numbers(pipeline, test_files, config.limit)
    (output / "numbers.json").write_text(json.dumps([asdict(r) for r in number_rows], indent=2))
    placeholder_rows = evaluate_placeholders(pipeline, test_files, config.limit)
    date_report = evaluate_dates(pipeline, test_files, config.limit)
    if date_report is not None:
        (output / "dates.json").write_text(json.dumps(asdict(date_report), indent=2))
    (output / "placeholders.json").write_text(json.dumps([asdict(r) for r in placeholder_rows], indent=2))
    spellings = evaluate_spellings(pipeline, test_files, config.limit)
    if spellings is not None:
        (output / "spellings.json").write_text(json.dumps(asdict(spellings), indent=2))
    biographies = evaluate_biographies(pipeline, config.limit)
    (output / "biographies.json").write_text(json.dumps([asdict(r) for r in biographies], indent=2))
    markdown = (
        render_markdown(reports, pipeline.engine.manifest.name)
        + render_terms_markdown(term_reports)
        + render_markup_markdown(markup_reports)
        + render_gender_markdown(gender_report)
        + render_markup_gender_markdown(markup_gender)
        + render_predicates_markdown(predicates)
        + render_numbers_markdown(number_rows)
        + render_placeholders_markdown(placeholder_rows)
        + render_dates_markdown(date_report)
        + render_spellings_markdown(spellings)
        + render_biographies_markdown(biographies)
    )
    (output / "report.md").write_text(markdown)
    print(markdown)
    return reports


@dataclass
class TermReport:
    source: str
    sentences: int
    plain: list[MetricScore]
    annotated: list[MetricScore]
    methods: dict[str, int]
    #: The same sentences as HTML paragraphs (the first term in <b>) with the terms given in the request.
    html: list[MetricScore] | None = None


def evaluate_terms(path: Path, annotation_path: Path, pipeline: TranslationPipeline, limit: int) -> TermReport | None:
    """Held-out test terms (never annotated in training): plain input versus input carrying the terms."""
    annotations = read_annotations(annotation_path)
    if not annotations:
        return None
    rows: list[tuple[Pair, list[Term]]] = []
    for pair, found in zip(read_pairs(path), annotations, strict=True):
        terms = [Term(pair.src[s:e], target) for s, e, target, lemma in found.terms if is_test_term(lemma)][:2]
        if terms:
            rows.append((pair, terms))
    rows = rows[:limit]
    if not rows:
        return None
    sources, references = [p.src for p, _ in rows], [p.tgt for p, _ in rows]
    required = [[t.target for t in terms] for _, terms in rows]
    plain = [r.text for r in pipeline.translate(sources, "en", "es")]
    annotated_results = [
        pipeline.translate([p.src], "en", "es", RequestOptions(terms=terms))[0]
        for p, terms in tqdm(rows, desc=f"terms {path.stem}", unit=" sentences")
    ]
    methods: dict[str, int] = {}
    for result in annotated_results:
        for term in result.terms:
            methods[term.method] = methods.get(term.method, 0) + 1
    annotated = [r.text for r in annotated_results]
    translator = MarkupTranslator(pipeline)
    in_html = [
        translator.translate([term_paragraph(p.src, terms)], "en", "es", False, MarkupOptions(terms=_request(terms)))
        for p, terms in tqdm(rows, desc=f"terms in HTML {path.stem}", unit=" sentences")
    ]
    metrics = (*QUALITY_METRICS, TermUseRate(required))
    return TermReport(
        path.name.split(".")[0],
        len(rows),
        [m.corpus_score(plain, references) for m in metrics],
        [m.corpus_score(annotated, references) for m in metrics],
        methods,
        [m.corpus_score([detag(r.text) for (r,) in in_html], references) for m in metrics],
    )


def term_paragraph(source: str, terms: list[Term]) -> str:
    """The sentence as an HTML paragraph with its first term in bold, as a web page would mark it up."""
    escaped = html.escape(source, quote=False)
    first = html.escape(terms[0].source, quote=False)
    return "<p>" + escaped.replace(first, f"<b>{first}</b>", 1) + "</p>"


def _request(terms: list[Term]) -> list[tuple[TermMatcher, str]]:
    return [(TermMatcher(terms), "request")]
