#!/usr/bin/python3
"""The seed preset written in PyTorch (Python): a faithful port of the chapter's model, used as the peer the
studio's C++ training step is measured against, on the same LibTorch (Debian's python3-torch 1.13).

    seed_pytorch.py train [--batch 32] [--steps 10] [--warmup 2] [--threads 2] [--device cpu|cuda]
                          [--precision fp32|tf32|bf16] [--compile]
    seed_pytorch.py generate --method chapter|cached [--columns 5] [--length 50] [--threads 2]

train prints one JSON line: {"ms_per_step", "tokens_per_s", "peak_rss_mb", ...}, measured exactly like
`textgen bench train`: random tokens, median step time after warm-up, RMSprop with Keras' defaults (on CUDA, as
`textgen-engine bench-train` there: the mean of steps queued back to back).
generate prints {"ms": ...} for 5 columns of 50 words at the chapter's temperatures, either by the chapter's
method (the whole padded sequence re-run for every word, one sample at a time; its position bug fixed) or with
a key/value cache, the columns batched (what a careful PyTorch user would write).
"""
import argparse
import json
import math
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, LENGTH, EMBED, HEADS, FF = 15000, 100, 256, 2, 2048


class KerasAttention(nn.Module):
    """Keras MultiHeadAttention(num_heads, key_dim=embed): heads of `embed` each, then back to `embed`."""

    def __init__(self, embed, heads):
        super().__init__()
        self.heads, self.key_dim = heads, embed
        self.query = nn.Linear(embed, heads * embed)
        self.key = nn.Linear(embed, heads * embed)
        self.value = nn.Linear(embed, heads * embed)
        self.attention_output = nn.Linear(heads * embed, embed)

    def forward(self, query, source, mask):
        B, Tq, _ = query.shape
        Tk = source.shape[1]
        q = (self.query(query) / math.sqrt(self.key_dim)).view(B, Tq, self.heads, self.key_dim).transpose(1, 2)
        k = self.key(source).view(B, Tk, self.heads, self.key_dim).transpose(1, 2)
        v = self.value(source).view(B, Tk, self.heads, self.key_dim).transpose(1, 2)
        scores = (q @ k.transpose(-2, -1)).masked_fill(~mask, -1e9)
        attended = scores.softmax(-1) @ v
        return self.attention_output(attended.transpose(1, 2).reshape(B, Tq, self.heads * self.key_dim))


class TransformerDecoder(nn.Module):
    def __init__(self, embed=EMBED, heads=HEADS, ff=FF):
        super().__init__()
        self.attention_1 = KerasAttention(embed, heads)
        self.attention_2 = KerasAttention(embed, heads)
        self.dense_proj_1 = nn.Linear(embed, ff)
        self.dense_proj_2 = nn.Linear(ff, embed)
        self.layernorm_1 = nn.LayerNorm(embed, eps=1e-3)
        self.layernorm_2 = nn.LayerNorm(embed, eps=1e-3)
        self.layernorm_3 = nn.LayerNorm(embed, eps=1e-3)

    def forward(self, x, causal, cross):
        a1 = self.layernorm_1(x + self.attention_1(x, x, causal))
        a2 = self.layernorm_2(a1 + self.attention_2(a1, x, cross))
        return self.layernorm_3(a2 + self.dense_proj_2(F.relu(self.dense_proj_1(a2))))


class Seed(nn.Module):
    """The chapter's sizes by default; tests/parity/make_seed_fixture.py builds it small."""

    def __init__(self, vocab=VOCAB, length=LENGTH, embed=EMBED, heads=HEADS, ff=FF):
        super().__init__()
        self.token_embeddings = nn.Embedding(vocab, embed)
        self.position_embeddings = nn.Embedding(length, embed)
        self.decoder = TransformerDecoder(embed, heads, ff)
        self.lm_head = nn.Linear(embed, vocab)
        self.register_buffer("causal_mask", torch.ones(length, length, dtype=torch.bool).tril())

    def forward(self, ids):
        T = ids.shape[1]
        causal = self.causal_mask[:T, :T]
        cross = (causal.unsqueeze(0) & ids.ne(0).unsqueeze(1)).unsqueeze(1)
        x = self.token_embeddings(ids) + self.position_embeddings(torch.arange(T))
        return self.lm_head(self.decoder(x, causal, cross))


    # Incremental decoding: both attentions take keys and values from the block's input, so both cache.
    def decode(self, ids, cache):
        t, n = cache["length"], ids.shape[1]
        x = self.token_embeddings(ids) + self.position_embeddings(torch.arange(t, t + n))
        d = self.decoder
        for name, attention in (("1", d.attention_1), ("2", d.attention_2)):
            k, v = attention.key(x), attention.value(x)
            B = x.shape[0]
            k = k.view(B, n, attention.heads, attention.key_dim).transpose(1, 2)
            v = v.view(B, n, attention.heads, attention.key_dim).transpose(1, 2)
            cache["k" + name] = k if cache.get("k" + name) is None else torch.cat([cache["k" + name], k], 2)
            cache["v" + name] = v if cache.get("v" + name) is None else torch.cat([cache["v" + name], v], 2)
        mask = torch.arange(t + n).unsqueeze(0) <= torch.arange(t, t + n).unsqueeze(1)

        def attend(attention, query, k, v):
            B, Tq, _ = query.shape
            q = (attention.query(query) / math.sqrt(attention.key_dim)).view(B, Tq, attention.heads, attention.key_dim).transpose(1, 2)
            scores = (q @ k.transpose(-2, -1)).masked_fill(~mask, -1e9)
            out = scores.softmax(-1) @ v
            return attention.attention_output(out.transpose(1, 2).reshape(B, Tq, attention.heads * attention.key_dim))

        a1 = d.layernorm_1(x + attend(d.attention_1, x, cache["k1"], cache["v1"]))
        a2 = d.layernorm_2(a1 + attend(d.attention_2, a1, cache["k2"], cache["v2"]))
        out = d.layernorm_3(a2 + d.dense_proj_2(F.relu(d.dense_proj_1(a2))))
        cache["length"] = t + n
        return self.lm_head(out)


def sample_next(logits, temperature, generator):
    if temperature <= 0:
        return int(logits.argmax())
    probabilities = torch.softmax(logits / temperature, -1)
    return int(torch.multinomial(probabilities, 1, generator=generator))


def generate_chapter(model, prompt, temperatures, length, generator):
    """The chapter's TextGenerator: re-run the model on the padded sequence for every new word."""
    texts = []
    for temperature in temperatures:
        context = list(prompt)
        for _ in range(length):
            padded = torch.tensor([(context + [0] * LENGTH)[:LENGTH]])
            predictions = model(padded)
            context.append(sample_next(predictions[0, len(context) - 1], temperature, generator))
        texts.append(context)
    return texts


def generate_cached(model, prompt, temperatures, length, generator):
    cache = {"length": 0}
    logits = model.decode(torch.tensor([prompt]), cache)[:, -1].repeat(len(temperatures), 1)
    for key in ("k1", "v1", "k2", "v2"):
        cache[key] = cache[key].repeat(len(temperatures), 1, 1, 1)
    contexts = [list(prompt) for _ in temperatures]
    for step in range(length):
        tokens = [sample_next(logits[c], t, generator) for c, t in enumerate(temperatures)]
        for context, token in zip(contexts, tokens):
            context.append(token)
        if step + 1 < length:
            logits = model.decode(torch.tensor(tokens).unsqueeze(1), cache)[:, -1]
    return contexts


def bench_generate(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = Seed().eval()
    generator = torch.Generator().manual_seed(42)
    temperatures = [0.2, 0.5, 0.7, 1.0, 1.5][: args.columns] + [1.0] * max(0, args.columns - 5)
    prompt = [10, 20, 30]
    method = generate_chapter if args.method == "chapter" else generate_cached
    times = []
    with torch.no_grad():
        for _ in range(args.repeats + 1):
            start = time.perf_counter()
            method(model, prompt, temperatures, args.length, generator)
            times.append((time.perf_counter() - start) * 1e3)
    print(json.dumps({"preset": "seed", "implementation": "pytorch", "method": args.method, "columns": args.columns,
                      "length": args.length, "threads": args.threads, "ms": round(statistics.median(times[1:]), 1)}))


def masked_loss(logits, inputs, targets):
    losses = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), reduction="none")
    mask = inputs.ne(0).reshape(-1).to(losses.dtype)
    return (losses * mask).sum() / mask.sum().clamp_min(1)


def bench_train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(1337)
    device = torch.device(args.device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = args.precision == "tf32"
    model = Seed().to(device)
    optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3, alpha=0.9, eps=1e-7)
    tokens = torch.randint(2, VOCAB, (args.batch * (args.steps + args.warmup), LENGTH))
    forward = model
    if args.compile:
        if not hasattr(torch, "compile"):
            print(json.dumps({"preset": "seed", "implementation": "pytorch", "compile": "unavailable",
                              "torch": torch.__version__}))
            return
        forward = torch.compile(model)

    def step(i):
        batch = tokens[i * args.batch:(i + 1) * args.batch].pin_memory().to(device, non_blocking=True) \
            if device.type == "cuda" else tokens[i * args.batch:(i + 1) * args.batch]
        inputs, targets = batch[:, :-1], batch[:, 1:]
        optimizer.zero_grad(set_to_none=True)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.precision == "bf16"):
            loss = masked_loss(forward(inputs), inputs, targets)
        if device.type == "cpu":
            loss.item()  # the CPU port reads its loss every step, as the studio does
        loss.backward()
        optimizer.step()
        return loss

    for i in range(args.warmup):
        step(i).item()
    if device.type == "cuda":
        # Steps queued back to back, one wait at the end: how a careful user keeps a GPU busy.
        torch.cuda.synchronize()
        start = time.perf_counter()
        for i in range(args.warmup, args.warmup + args.steps):
            loss = step(i)
        loss.item()
        torch.cuda.synchronize()
        median = (time.perf_counter() - start) * 1e3 / args.steps
    else:
        times = []
        for i in range(args.warmup, args.warmup + args.steps):
            start = time.perf_counter()
            step(i)
            times.append((time.perf_counter() - start) * 1e3)
        median = statistics.median(times)
    print(json.dumps({"preset": "seed", "implementation": "pytorch", "batch": args.batch, "threads": args.threads,
                      "device": args.device, "precision": args.precision, "compile": bool(args.compile),
                      "torch": torch.__version__,
                      "parameters": sum(p.numel() for p in model.parameters()),
                      "ms_per_step": round(median, 2),
                      "tokens_per_s": round(args.batch * (LENGTH - 1) / (median / 1e3)),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train")
    train.add_argument("--batch", type=int, default=32)
    train.add_argument("--steps", type=int, default=10)
    train.add_argument("--warmup", type=int, default=2)
    train.add_argument("--threads", type=int, default=2)
    train.add_argument("--device", default="cpu")
    train.add_argument("--precision", choices=["fp32", "tf32", "bf16"], default="fp32")
    train.add_argument("--compile", action="store_true", help="torch.compile the model (PyTorch 2)")
    generate = sub.add_parser("generate")
    generate.add_argument("--method", choices=["chapter", "cached"], required=True)
    generate.add_argument("--columns", type=int, default=5)
    generate.add_argument("--length", type=int, default=50)
    generate.add_argument("--repeats", type=int, default=3)
    generate.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if args.command == "train":
        bench_train(args)
    else:
        bench_generate(args)


if __name__ == "__main__":
    main()
