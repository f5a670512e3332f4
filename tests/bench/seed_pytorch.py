#!/usr/bin/python3
"""The seed preset written in PyTorch (Python): a faithful port of the chapter's model, used as the peer the
studio's C++ training step is measured against, on the same LibTorch (Debian's python3-torch 1.13).

    seed_pytorch.py train [--batch 32] [--steps 10] [--warmup 2] [--threads 2]

prints one JSON line: {"ms_per_step", "tokens_per_s", "peak_rss_mb", ...}, measured exactly like
`textgen bench train`: random tokens, median step time after warm-up, RMSprop with Keras' defaults.
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
    def __init__(self):
        super().__init__()
        self.attention_1 = KerasAttention(EMBED, HEADS)
        self.attention_2 = KerasAttention(EMBED, HEADS)
        self.dense_proj_1 = nn.Linear(EMBED, FF)
        self.dense_proj_2 = nn.Linear(FF, EMBED)
        self.layernorm_1 = nn.LayerNorm(EMBED, eps=1e-3)
        self.layernorm_2 = nn.LayerNorm(EMBED, eps=1e-3)
        self.layernorm_3 = nn.LayerNorm(EMBED, eps=1e-3)

    def forward(self, x, causal, cross):
        a1 = self.layernorm_1(x + self.attention_1(x, x, causal))
        a2 = self.layernorm_2(a1 + self.attention_2(a1, x, cross))
        return self.layernorm_3(a2 + self.dense_proj_2(F.relu(self.dense_proj_1(a2))))


class Seed(nn.Module):
    def __init__(self):
        super().__init__()
        self.token_embeddings = nn.Embedding(VOCAB, EMBED)
        self.position_embeddings = nn.Embedding(LENGTH, EMBED)
        self.decoder = TransformerDecoder()
        self.lm_head = nn.Linear(EMBED, VOCAB)
        self.register_buffer("causal_mask", torch.ones(LENGTH, LENGTH, dtype=torch.bool).tril())

    def forward(self, ids):
        T = ids.shape[1]
        causal = self.causal_mask[:T, :T]
        cross = (causal.unsqueeze(0) & ids.ne(0).unsqueeze(1)).unsqueeze(1)
        x = self.token_embeddings(ids) + self.position_embeddings(torch.arange(T))
        return self.lm_head(self.decoder(x, causal, cross))


def masked_loss(logits, inputs, targets):
    losses = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), reduction="none")
    mask = inputs.ne(0).reshape(-1).to(losses.dtype)
    return (losses * mask).sum() / mask.sum().clamp_min(1)


def bench_train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(1337)
    model = Seed()
    optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3, alpha=0.9, eps=1e-7)
    tokens = torch.randint(2, VOCAB, (args.batch * (args.steps + args.warmup), LENGTH))
    times = []
    for i in range(args.warmup + args.steps):
        start = time.perf_counter()
        batch = tokens[i * args.batch:(i + 1) * args.batch]
        inputs, targets = batch[:, :-1], batch[:, 1:]
        optimizer.zero_grad()
        loss = masked_loss(model(inputs), inputs, targets)
        loss.item()
        loss.backward()
        optimizer.step()
        if i >= args.warmup:
            times.append((time.perf_counter() - start) * 1e3)
    median = statistics.median(times)
    print(json.dumps({"preset": "seed", "implementation": "pytorch", "batch": args.batch, "threads": args.threads,
                      "torch": torch.__version__,
                      "parameters": sum(p.numel() for p in model.parameters()),
                      "ms_per_step": round(median, 1),
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
    args = parser.parse_args()
    if args.command == "train":
        bench_train(args)


if __name__ == "__main__":
    main()
