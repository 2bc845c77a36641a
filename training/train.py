"""`fairmt train`: token-batched, label-smoothed training of a Marian model, resumable at any point.

State (weights, optimizer, schedule, epoch position, RNG) is saved atomically every
few minutes, so a run can be stopped at any time and continued in a later session.
"""

from __future__ import annotations

import hashlib
import json
import math
import platform
import random
import shutil
import signal
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import torch
import torch.nn.functional as F
from tqdm import tqdm

from mt_core.tokenizer import TOKENIZER_CONVENTION, Tokenizer
from training.annotate import read_annotations, training_source
from training.config import TrainConfig, to_json
from training.corpus.records import read_pairs
from training.loss_focus import piece_weights, read_focus
from training.marian import load_model, new_model
from training.tag_injection import inject_tags

TokenIds = tuple[list[int], list[int]]
#: Source ids, target ids, and the target's loss weights (None: every token weighs 1).
Example = tuple[list[int], list[int], list[float] | None]


@dataclass
class TokenizedPair:
    source: str
    plain: TokenIds
    tagged: TokenIds | None
    #: Loss weights of the plain target's tokens and end of sentence (`training.loss_focus`); None: all 1.
    weights: list[float] | None = None


def _fingerprint(config: TrainConfig, split: str) -> str:
    """What the token cache was built from; any change (corpus, annotations, vocabulary, the tokenizer's
    symbol convention, augmentation shares) rebuilds it instead of silently training on stale data."""
    files = sorted(config.corpus_dir.glob(f"*.{split}.jsonl"))
    if config.annotation_dir:
        files += sorted(config.annotation_dir.glob(f"*.{split}.jsonl"))
    if config.focus_dir:
        files += sorted(config.focus_dir.glob(f"*.{split}.jsonl"))
    parts = [f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns}" for path in files]
    parts += [hashlib.sha1(config.spm_model.read_bytes()).hexdigest(), TOKENIZER_CONVENTION]
    parts += [f"terms={config.term_percent}", f"inject={config.tag_injection_percent}"]
    if config.focus_dir:
        parts.append(f"outside-focus={config.outside_focus_weight}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()


def tokenize_corpus(config: TrainConfig, tokenizer: Tokenizer, split: str = "train") -> list[TokenizedPair]:
    """Tokenize once and cache in the run directory: re-encoding costs minutes on 2 cores."""
    cache = config.run_dir / f"tokens.{split}.pt"
    has_corpus = any(config.corpus_dir.glob(f"*.{split}.jsonl"))
    if not has_corpus and not cache.exists():
        raise FileNotFoundError(f"no {split} corpus under {config.corpus_dir} and no token cache {cache}")
    fingerprint = _fingerprint(config, split) if has_corpus else None
    if cache.exists():
        cached = torch.load(cache, weights_only=False)
        if isinstance(cached, dict) and (fingerprint is None or cached.get("fingerprint") == fingerprint):
            if fingerprint is None:
                # A run directory copied to a GPU machine without the corpus still trains on what it was built from.
                print(f"{config.corpus_dir} has no {split} corpus: training on the token cache {cache.name} as is")
            return [TokenizedPair(*item) for item in cached["pairs"]]
        print(f"{cache.name} is stale (corpus, annotations or tokenizer changed): tokenizing again")
    pairs: list[TokenizedPair] = []
    for path in sorted(config.corpus_dir.glob(f"*.{split}.jsonl")):
        annotations = read_annotations(config.annotation_dir / path.name) if config.annotation_dir else []
        corpus = list(read_pairs(path))
        if annotations and len(annotations) != len(corpus):
            raise ValueError(f"{config.annotation_dir / path.name} does not match {path}: run `fairmt data annotate`")
        focus_path = config.focus_dir / path.name if config.focus_dir else None
        focus = read_focus(focus_path) if focus_path and focus_path.exists() else None
        if focus is not None and len(focus) != len(corpus):
            raise ValueError(f"{focus_path} does not match {path}: run `fairmt gfst --stage mix` again")
        for index, pair in enumerate(tqdm(corpus, desc=f"tokenize {path.name}", unit=" pairs")):
            src = pair.src
            if annotations and split == "train":
                src = training_source(pair.src, annotations[index], config.term_percent)
            plain = (tokenizer.ids(src), tokenizer.ids(pair.tgt))
            weights = None
            if focus is not None:
                weights = piece_weights(tokenizer.pieces(pair.tgt), pair.tgt, focus[index], config.outside_focus_weight)
            tagged = None
            if pair.src_tagged and pair.tgt_tagged:
                tagged = (tokenizer.ids(pair.src_tagged), tokenizer.ids(pair.tgt_tagged))
            elif annotations and split == "train":
                injected = inject_tags(pair.src, pair.tgt, annotations[index], config.tag_injection_percent)
                tagged = (tokenizer.ids(injected[0]), tokenizer.ids(injected[1])) if injected else None
            # A focused pair's tagged copy would train every target word: it has none.
            pairs.append(TokenizedPair(pair.source, plain, None if weights else tagged, weights))
    config.run_dir.mkdir(parents=True, exist_ok=True)
    cached_pairs = [(p.source, p.plain, p.tagged, p.weights) for p in pairs]
    torch.save({"fingerprint": fingerprint, "pairs": cached_pairs}, cache)
    return pairs


def epoch_batches(pairs: list[TokenizedPair], config: TrainConfig, epoch: int) -> list[list[Example]]:
    """Deterministic per epoch, so a resumed run replays the same batch order."""
    rng = random.Random(config.seed * 1_000_003 + epoch)
    chosen: list[Example] = []
    for pair in pairs:
        weight = config.source_weights.get(pair.source, 1.0)
        # A weight above 1 upsamples: 2.5 means two copies and a third one half of the time.
        copies = int(weight) + (rng.random() < weight - int(weight))
        for _ in range(copies):
            tagged = pair.tagged if pair.tagged and rng.random() < config.tagged_probability else None
            src, tgt = tagged or pair.plain
            if 0 < len(src) <= config.max_length and 0 < len(tgt) <= config.max_length:
                chosen.append((src, tgt, None if tagged else pair.weights))
    rng.shuffle(chosen)
    chosen.sort(key=lambda ex: max(len(ex[0]), len(ex[1])))
    batches: list[list[Example]] = []
    current: list[Example] = []
    longest = 0
    for example in chosen:
        longest_if_added = max(longest, len(example[0]) + 1, len(example[1]) + 1)
        if current and longest_if_added * (len(current) + 1) > config.max_tokens:
            batches.append(current)
            current, longest_if_added = [], max(len(example[0]), len(example[1])) + 1
        current.append(example)
        longest = longest_if_added
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def collate(batch: list[Example], tokenizer: Tokenizer) -> dict[str, torch.Tensor]:
    """Model inputs and labels; ``loss_weights`` only when some target in the batch has focus weights."""
    pad, eos = tokenizer.pad_id, tokenizer.eos_id
    src_len = max(len(s) for s, _, _ in batch) + 1
    tgt_len = max(len(t) for _, t, _ in batch) + 1
    input_ids = torch.full((len(batch), src_len), pad)
    decoder_input = torch.full((len(batch), tgt_len), pad)
    labels = torch.full((len(batch), tgt_len), -100)
    weights = torch.zeros((len(batch), tgt_len)) if any(w is not None for _, _, w in batch) else None
    for row, (src, tgt, target_weights) in enumerate(batch):
        input_ids[row, : len(src) + 1] = torch.tensor([*src, eos])
        decoder_input[row, 1 : len(tgt) + 1] = torch.tensor(tgt)
        labels[row, : len(tgt) + 1] = torch.tensor([*tgt, eos])
        if weights is not None:
            weights[row, : len(tgt) + 1] = torch.tensor(target_weights or [1.0] * (len(tgt) + 1))
    inputs = {
        "input_ids": input_ids,
        "attention_mask": (input_ids != pad).long(),
        "decoder_input_ids": decoder_input,
        "labels": labels,
    }
    return inputs | ({"loss_weights": weights} if weights is not None else {})


def token_loss(
    logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor | None, label_smoothing: float
) -> torch.Tensor:
    """Mean cross-entropy over the target tokens, or their weighted mean given focus weights."""
    if weights is None:
        return F.cross_entropy(logits.float().transpose(1, 2), labels, label_smoothing=label_smoothing)
    losses = F.cross_entropy(logits.float().transpose(1, 2), labels, label_smoothing=label_smoothing, reduction="none")
    return (losses * weights).sum() / weights.sum().clamp(min=1e-6)


def pick_device(requested: str) -> torch.device:
    """'auto' trains on a GPU when one is present (the lent device machine), else on the CPU."""
    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(requested)


def describe_hardware(device: torch.device) -> str:
    if device.type == "cuda":
        return f"cuda: {torch.cuda.get_device_name(device)}"
    return f"cpu: {platform.machine()}, {torch.get_num_threads()} threads"


def _autocast(device: torch.device) -> torch.autocast:
    return torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")


def inverse_sqrt(step: int, warmup: int) -> float:
    step = max(step, 1)
    return min(step / warmup, math.sqrt(warmup / step))


@dataclass
class Progress:
    step: int = 0
    epoch: int = 0
    batch_index: int = 0
    #: Wall-clock seconds of training over all runs so far, for the model card.
    train_seconds: float = 0.0
    #: Lowest dev loss so far; its weights are kept in `best/` (Sockeye's params.best).
    best_dev_loss: float | None = None
    #: Where the latest stretch of training ran, for the model card ("cuda: NVIDIA H100 80GB HBM3").
    hardware: str = ""


def _save_folder(
    config: TrainConfig,
    name: str,
    model: torch.nn.Module,
    progress: Progress,
    optimizer: torch.optim.Optimizer | None = None,
) -> None:
    """Weights (HF format), config, progress and, given an optimizer, the resume state go into one folder that
    replaces the old by renames, so a kill at any moment leaves either the previous or the new one, never a mix."""
    target, staging, previous = (config.run_dir / f"{name}{suffix}" for suffix in ("", ".tmp", ".old"))
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(str(staging))  # type: ignore[operator]
    (staging / "train_config.json").write_text(to_json(config))
    (staging / "progress.json").write_text(json.dumps(asdict(progress)))
    if optimizer is not None:
        torch.save({"optimizer": optimizer.state_dict(), "torch_rng": torch.get_rng_state()}, staging / "state.pt")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    staging.rename(target)
    shutil.rmtree(previous, ignore_errors=True)


def _load_progress(config: TrainConfig, optimizer: torch.optim.Optimizer) -> Progress:
    checkpoint = config.run_dir / "checkpoint"
    if not (checkpoint / "progress.json").exists():
        return Progress()
    progress = Progress(**json.loads((checkpoint / "progress.json").read_text()))
    state_path = checkpoint / "state.pt"
    if not state_path.exists():
        state_path = config.run_dir / "state.pt"  # layout of runs started before state moved into the checkpoint
    if state_path.exists():
        state = torch.load(state_path, weights_only=False, map_location="cpu")
        optimizer.load_state_dict(state["optimizer"])
        torch.set_rng_state(state["torch_rng"])
    return progress


def zero_decoder_start(model: torch.nn.Module, pad_id: int) -> None:
    """CTranslate2 starts Marian's decoder from a zero vector (``start_from_zero_embedding``), and training
    starts it from the <pad> row, which must therefore stay zero. The tied output layer moves that row at
    every step; left alone, a served fine-tune read its first words from a start it never trained on and
    dropped them ("El veneno de fascismo" came out as "eno de fascismo")."""
    with torch.no_grad():
        model.get_input_embeddings().weight[pad_id].zero_()  # type: ignore[operator, index]


def dev_loss(model: torch.nn.Module, batches: list[list[Example]], tokenizer: Tokenizer) -> float:
    model.eval()
    total, count = 0.0, 0
    device = next(model.parameters()).device
    with torch.no_grad(), _autocast(device):
        for batch in batches:
            inputs = {k: v.to(device) for k, v in collate(batch, tokenizer).items()}
            labels = inputs.pop("labels")
            inputs.pop("loss_weights", None)  # the dev loss is over every token
            logits = model(**inputs).logits
            total += F.cross_entropy(logits.float().transpose(1, 2), labels, reduction="sum").item()
            count += int((labels != -100).sum())
    model.train()
    return total / max(count, 1)


def train(config: TrainConfig) -> Path:
    """Train until max_steps or max_minutes; returns the checkpoint directory."""
    torch.set_num_threads(config.threads or torch.get_num_threads())
    torch.manual_seed(config.seed)
    config.run_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = Tokenizer(config.spm_model)
    pairs = tokenize_corpus(config, tokenizer)
    dev_pairs = tokenize_corpus(config, tokenizer, "dev")
    dev_batches = epoch_batches(random.Random(0).sample(dev_pairs, min(400, len(dev_pairs))), config, 0)

    checkpoint = config.run_dir / "checkpoint"
    if checkpoint.exists():
        model = load_model(checkpoint)
    elif config.init_checkpoint:
        model = load_model(config.init_checkpoint)
    else:
        model = new_model(config.model, tokenizer)
    (config.run_dir / "train_config.json").write_text(to_json(config))
    zero_decoder_start(model, tokenizer.pad_id)
    device = pick_device(config.device)
    model.to(device)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=config.learning_rate, betas=(0.9, 0.98), eps=1e-9, weight_decay=0.0
    )
    progress = replace(_load_progress(config, optimizer), hardware=describe_hardware(device))
    step, epoch, batch_index = progress.step, progress.epoch, progress.batch_index
    if step:
        print(f"resuming at step {step}, epoch {epoch}, batch {batch_index}")

    stop_requested = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stop_requested
        stop_requested = True

    signal.signal(signal.SIGTERM, request_stop)
    started = last_save = time.monotonic()
    log = (config.run_dir / "train_log.jsonl").open("a")
    model.train()
    bar = tqdm(initial=step, total=config.max_steps, desc="train", unit=" steps")
    window_loss, window_tokens, window_start = 0.0, 0, time.monotonic()
    while step < config.max_steps:
        batches = epoch_batches(pairs, config, epoch)
        while batch_index < len(batches):
            inputs = {k: v.to(device) for k, v in collate(batches[batch_index], tokenizer).items()}
            labels = inputs.pop("labels")
            weights = inputs.pop("loss_weights", None)
            with _autocast(device):
                logits = model(**inputs).logits
            loss = token_loss(logits, labels, weights, config.label_smoothing)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.clip_norm)
            step += 1
            for group in optimizer.param_groups:
                group["lr"] = config.learning_rate * inverse_sqrt(step, config.warmup_steps)
            optimizer.step()
            zero_decoder_start(model, tokenizer.pad_id)
            batch_index += 1
            tokens = int((labels != -100).sum()) if weights is None else max(int(weights.sum()), 1)
            window_loss += loss.item() * tokens
            window_tokens += tokens
            bar.update(1)
            if step % config.log_every == 0:
                elapsed = time.monotonic() - window_start
                record = {
                    "step": step,
                    "epoch": epoch,
                    "loss": round(window_loss / window_tokens, 4),
                    "lr": optimizer.param_groups[0]["lr"],
                    "tgt_tokens_per_s": round(window_tokens / elapsed),
                }
                log.write(json.dumps(record) + "\n")
                log.flush()
                bar.set_postfix(loss=record["loss"], tok_s=record["tgt_tokens_per_s"])
                window_loss, window_tokens, window_start = 0.0, 0, time.monotonic()
            out_of_time = stop_requested or (
                config.max_minutes and time.monotonic() - started > config.max_minutes * 60
            )
            if time.monotonic() - last_save > config.checkpoint_minutes * 60 or out_of_time or step >= config.max_steps:
                now = time.monotonic()
                progress = replace(
                    progress,
                    step=step,
                    epoch=epoch,
                    batch_index=batch_index,
                    train_seconds=progress.train_seconds + now - last_save,
                )
                _save_folder(config, "checkpoint", model, progress, optimizer)
                loss_dev = dev_loss(model, dev_batches, tokenizer)
                log.write(json.dumps({"step": step, "dev_loss": round(loss_dev, 4)}) + "\n")
                log.flush()
                if progress.best_dev_loss is None or loss_dev < progress.best_dev_loss:
                    progress.best_dev_loss = loss_dev
                    # best/ holds weights only (Sockeye's params.best); the checkpoint learns the new best too.
                    _save_folder(config, "best", model, progress)
                    (config.run_dir / "checkpoint" / "progress.json").write_text(json.dumps(asdict(progress)))
                last_save = time.monotonic()
            if out_of_time or step >= config.max_steps:
                bar.close()
                return checkpoint
        epoch, batch_index = epoch + 1, 0
    bar.close()
    return checkpoint
