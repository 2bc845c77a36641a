"""`fairmt train`: token-batched, label-smoothed training of a Marian model, resumable at any point.

State (weights, optimizer, schedule, epoch position, RNG) is saved atomically every
few minutes, so a run can be stopped at any time and continued in a later session.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from tqdm import tqdm

from mt_core.tokenizer import Tokenizer
from training.config import TrainConfig, to_json
from training.corpus.records import read_pairs
from training.marian import load_model, new_model

Example = tuple[list[int], list[int]]


@dataclass
class TokenizedPair:
    source: str
    plain: Example
    tagged: Example | None


def tokenize_corpus(config: TrainConfig, tokenizer: Tokenizer, split: str = "train") -> list[TokenizedPair]:
    """Tokenize once and cache in the run directory: re-encoding costs minutes on 2 cores."""
    cache = config.run_dir / f"tokens.{split}.pt"
    if cache.exists():
        return [TokenizedPair(*item) for item in torch.load(cache, weights_only=False)]
    pairs: list[TokenizedPair] = []
    for path in sorted(config.corpus_dir.glob(f"*.{split}.jsonl")):
        for pair in tqdm(read_pairs(path), desc=f"tokenize {path.name}", unit=" pairs"):
            plain = (tokenizer.ids(pair.src), tokenizer.ids(pair.tgt))
            tagged = None
            if pair.src_tagged and pair.tgt_tagged:
                tagged = (tokenizer.ids(pair.src_tagged), tokenizer.ids(pair.tgt_tagged))
            pairs.append(TokenizedPair(pair.source, plain, tagged))
    config.run_dir.mkdir(parents=True, exist_ok=True)
    torch.save([(p.source, p.plain, p.tagged) for p in pairs], cache)
    return pairs


def epoch_batches(pairs: list[TokenizedPair], config: TrainConfig, epoch: int) -> list[list[Example]]:
    """Deterministic per epoch, so a resumed run replays the same batch order."""
    rng = random.Random(config.seed * 1_000_003 + epoch)
    chosen: list[Example] = []
    for pair in pairs:
        weight = config.source_weights.get(pair.source, 1.0)
        if rng.random() >= weight:
            continue
        example = pair.tagged if pair.tagged and rng.random() < config.tagged_probability else pair.plain
        src, tgt = example
        if 0 < len(src) <= config.max_length and 0 < len(tgt) <= config.max_length:
            chosen.append(example)
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
    pad, eos = tokenizer.pad_id, tokenizer.eos_id
    src_len = max(len(s) for s, _ in batch) + 1
    tgt_len = max(len(t) for _, t in batch) + 1
    input_ids = torch.full((len(batch), src_len), pad)
    decoder_input = torch.full((len(batch), tgt_len), pad)
    labels = torch.full((len(batch), tgt_len), -100)
    for row, (src, tgt) in enumerate(batch):
        input_ids[row, : len(src) + 1] = torch.tensor([*src, eos])
        decoder_input[row, 1 : len(tgt) + 1] = torch.tensor(tgt)
        labels[row, : len(tgt) + 1] = torch.tensor([*tgt, eos])
    return {
        "input_ids": input_ids,
        "attention_mask": (input_ids != pad).long(),
        "decoder_input_ids": decoder_input,
        "labels": labels,
    }


def inverse_sqrt(step: int, warmup: int) -> float:
    step = max(step, 1)
    return min(step / warmup, math.sqrt(warmup / step))


def _save_state(
    config: TrainConfig,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    step: int,
    epoch: int,
    batch_index: int,
) -> None:
    """Write weights (HF format) and the full resume state, each via a rename so a kill never corrupts."""
    checkpoint = config.run_dir / "checkpoint"
    staging = config.run_dir / "checkpoint.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(str(staging))  # type: ignore[operator]
    (staging / "train_config.json").write_text(to_json(config))
    (staging / "progress.json").write_text(json.dumps({"step": step, "epoch": epoch, "batch_index": batch_index}))
    shutil.rmtree(checkpoint, ignore_errors=True)
    staging.rename(checkpoint)
    state = {
        "optimizer": optimizer.state_dict(),
        "step": step,
        "epoch": epoch,
        "batch_index": batch_index,
        "torch_rng": torch.get_rng_state(),
    }
    torch.save(state, config.run_dir / "state.pt.tmp")
    (config.run_dir / "state.pt.tmp").replace(config.run_dir / "state.pt")


def dev_loss(model: torch.nn.Module, batches: list[list[Example]], tokenizer: Tokenizer) -> float:
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for batch in batches:
            inputs = collate(batch, tokenizer)
            labels = inputs.pop("labels")
            logits = model(**inputs).logits
            total += F.cross_entropy(logits.transpose(1, 2), labels, reduction="sum").item()
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
    state_path = config.run_dir / "state.pt"
    if checkpoint.exists():
        model = load_model(checkpoint)
    elif config.init_checkpoint:
        model = load_model(config.init_checkpoint)
    else:
        model = new_model(config.model, tokenizer)
    (config.run_dir / "train_config.json").write_text(to_json(config))
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=config.learning_rate, betas=(0.9, 0.98), eps=1e-9, weight_decay=0.0
    )
    step, epoch, batch_index = 0, 0, 0
    if state_path.exists() and checkpoint.exists():
        state = torch.load(state_path, weights_only=False)
        optimizer.load_state_dict(state["optimizer"])
        step, epoch, batch_index = state["step"], state["epoch"], state["batch_index"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resuming at step {step}, epoch {epoch}, batch {batch_index}")

    started = last_save = time.monotonic()
    log = (config.run_dir / "train_log.jsonl").open("a")
    model.train()
    progress = tqdm(initial=step, total=config.max_steps, desc="train", unit=" steps")
    window_loss, window_tokens, window_start = 0.0, 0, time.monotonic()
    while step < config.max_steps:
        batches = epoch_batches(pairs, config, epoch)
        while batch_index < len(batches):
            inputs = collate(batches[batch_index], tokenizer)
            labels = inputs.pop("labels")
            logits = model(**inputs).logits
            loss = F.cross_entropy(logits.transpose(1, 2), labels, label_smoothing=config.label_smoothing)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.clip_norm)
            step += 1
            for group in optimizer.param_groups:
                group["lr"] = config.learning_rate * inverse_sqrt(step, config.warmup_steps)
            optimizer.step()
            batch_index += 1
            tokens = int((labels != -100).sum())
            window_loss += loss.item() * tokens
            window_tokens += tokens
            progress.update(1)
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
                progress.set_postfix(loss=record["loss"], tok_s=record["tgt_tokens_per_s"])
                window_loss, window_tokens, window_start = 0.0, 0, time.monotonic()
            out_of_time = config.max_minutes and time.monotonic() - started > config.max_minutes * 60
            if time.monotonic() - last_save > config.checkpoint_minutes * 60 or out_of_time or step >= config.max_steps:
                _save_state(config, model, optimizer, step, epoch, batch_index)
                loss_dev = dev_loss(model, dev_batches, tokenizer)
                log.write(json.dumps({"step": step, "dev_loss": round(loss_dev, 4)}) + "\n")
                log.flush()
                last_save = time.monotonic()
            if out_of_time or step >= config.max_steps:
                progress.close()
                return checkpoint
        epoch, batch_index = epoch + 1, 0
    progress.close()
    return checkpoint
