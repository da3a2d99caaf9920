"""The scenario's network in PyTorch, with random weights.

The module structure follows what the engine models (and what the project's CPU
calibration harness measured): an MLP of Linear + activation (+ dropout) blocks; an
RNN whose last step feeds a Linear head; a decoder-only transformer with pre-norm
blocks, one fused QKV projection, eager attention (scores and probabilities
materialised) or PyTorch's scaled_dot_product_attention, GELU or SwiGLU MLP, learned
or rotary positions, tied embeddings. Imported only when PyTorch is present.
"""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint


def _ckpt(fn, *args):
    return checkpoint(fn, *args, use_reentrant=False)


ACTIVATIONS = {"relu": nn.ReLU, "gelu": nn.GELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
               "silu": nn.SiLU}


class MLP(nn.Module):
    def __init__(self, a, in_features):
        super().__init__()
        blocks, width = [], in_features
        for h in a["hidden"]:
            parts = [nn.Linear(width, h), ACTIVATIONS[a["activation"]]()]
            if a["dropout"] > 0:
                parts.append(nn.Dropout(a["dropout"]))
            blocks.append(nn.Sequential(*parts))
            width = h
        self.blocks = nn.ModuleList(blocks)
        self.out = nn.Linear(width, a["outputs"])
        self.full_checkpointing = False

    def forward(self, x):
        x = x.reshape(x.shape[0], -1)
        for blk in self.blocks:
            x = _ckpt(blk, x) if self.full_checkpointing else blk(x)
        return self.out(x)


class RNN(nn.Module):
    def __init__(self, a, in_features):
        super().__init__()
        cell = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[a["cell"]]
        self.rnn = cell(in_features, a["hidden"], num_layers=a["layers"], batch_first=True,
                        bidirectional=a["bidirectional"])
        self.out = nn.Linear(a["hidden"] * (2 if a["bidirectional"] else 1), a["outputs"])

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[:, -1])


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def _norm(kind, dim):
    return nn.LayerNorm(dim) if kind == "layernorm" else RMSNorm(dim)


def _rotate_half(x):
    a, b = x.chunk(2, dim=-1)
    return torch.cat((-b, a), dim=-1)


class LoRA(nn.Module):
    """x -> B(A(x)), A: in -> rank, B: rank -> out, B zero at the start (Hu et al. 2021)."""

    def __init__(self, d_in, d_out, rank, dtype):
        super().__init__()
        self.a = nn.Linear(d_in, rank, bias=False).to(dtype)
        self.b = nn.Linear(rank, d_out, bias=False).to(dtype)
        nn.init.zeros_(self.b.weight)

    def forward(self, x):
        return self.b(self.a(x))


class Attention(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.h, self.kvh, self.hd = a["heads"], a["kv_heads"], a["head_dim"]
        self.causal = a["causal"]
        self.sdpa = a["attention"] != "eager"
        self.split = [self.h * self.hd, self.kvh * self.hd, self.kvh * self.hd]
        self.qkv = nn.Linear(a["hidden"], sum(self.split), bias=a["bias"])
        self.proj = nn.Linear(self.h * self.hd, a["hidden"], bias=a["bias"])
        self.q_norm = _norm(a["norm"], self.hd) if a["qk_norm"] else None
        self.k_norm = _norm(a["norm"], self.hd) if a["qk_norm"] else None
        self.p_drop = a["dropout"]
        self.attn_drop = nn.Dropout(a["dropout"])
        self.resid_drop = nn.Dropout(a["dropout"])
        self.selective = False
        self.lora = None

    def add_lora(self, rank, hidden):
        """Adapters on the q, k, v and output projections; base weights frozen elsewhere."""
        dt = self.qkv.weight.dtype
        self.lora = nn.ModuleList([LoRA(hidden, o, rank, dt) for o in self.split] +
                                  [LoRA(self.h * self.hd, hidden, rank, dt)])

    def scores(self, q, k, v, mask):
        if self.sdpa:
            return F.scaled_dot_product_attention(
                q, k, v, dropout_p=self.p_drop if self.training else 0.0,
                is_causal=self.causal and q.shape[2] == k.shape[2],
                attn_mask=None if (not self.causal or q.shape[2] == k.shape[2]) else ~mask)
        att = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(self.hd))
        if self.causal:
            att = att.masked_fill(mask, float("-inf"))
        att = self.attn_drop(F.softmax(att, dim=-1))
        return torch.matmul(att, v)

    def forward(self, x, mask, rope, cache=None, pos=0):
        B, T, _ = x.shape
        q, k, v = self.qkv(x).split(self.split, dim=-1)
        if self.lora is not None:
            q, k, v = q + self.lora[0](x), k + self.lora[1](x), v + self.lora[2](x)
        q = q.view(B, T, self.h, self.hd).transpose(1, 2)
        k = k.view(B, T, self.kvh, self.hd).transpose(1, 2)
        v = v.view(B, T, self.kvh, self.hd).transpose(1, 2)
        if self.q_norm is not None:
            q, k = self.q_norm(q), self.k_norm(k)
        if rope is not None:
            cos, sin = rope
            q = q * cos + _rotate_half(q) * sin
            k = k * cos + _rotate_half(k) * sin
        if cache is not None:   # a static KV cache: write this step, attend to all so far
            ck, cv = cache
            ck[:, :, pos:pos + T] = k
            cv[:, :, pos:pos + T] = v
            k, v = ck[:, :, :pos + T], cv[:, :, :pos + T]
        if self.kvh < self.h:   # grouped-query attention: K/V repeated per query group
            k = k.repeat_interleave(self.h // self.kvh, dim=1)
            v = v.repeat_interleave(self.h // self.kvh, dim=1)
        y = _ckpt(self.scores, q, k, v, mask) if self.selective else self.scores(q, k, v, mask)
        y = y.transpose(1, 2).reshape(B, T, self.h * self.hd)
        out = self.proj(y)
        if self.lora is not None:
            out = out + self.lora[3](y)
        return self.resid_drop(out)


class FFN(nn.Module):
    def __init__(self, a):
        super().__init__()
        h, f, bias = a["hidden"], a["ffn_hidden"], a["bias"]
        self.swiglu = a["ffn"] == "swiglu"
        if self.swiglu:
            self.gate, self.up = nn.Linear(h, f, bias=bias), nn.Linear(h, f, bias=bias)
            self.down = nn.Linear(f, h, bias=bias)
        else:
            self.up, self.act = nn.Linear(h, f, bias=bias), nn.GELU(approximate="tanh")
            self.down = nn.Linear(f, h, bias=bias)
        self.drop = nn.Dropout(a["dropout"])

    def forward(self, x):
        if self.swiglu:
            return self.drop(self.down(F.silu(self.gate(x)) * self.up(x)))
        return self.drop(self.down(self.act(self.up(x))))


class Block(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.ln1, self.attn = _norm(a["norm"], a["hidden"]), Attention(a)
        self.ln2, self.ffn = _norm(a["norm"], a["hidden"]), FFN(a)

    def forward(self, x, mask, rope, cache=None, pos=0):
        x = x + self.attn(self.ln1(x), mask, rope, cache, pos)
        return x + self.ffn(self.ln2(x))


class Transformer(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.a = a
        S = a["seq_len"]
        self.tok = nn.Embedding(a["vocab"], a["hidden"])
        self.pos = nn.Embedding(S, a["hidden"]) if a["positions"] == "learned" else None
        self.drop = nn.Dropout(a["dropout"])
        self.blocks = nn.ModuleList([Block(a) for _ in range(a["layers"])])
        self.ln_f = _norm(a["norm"], a["hidden"])
        self.head = None if a["tied"] else nn.Linear(a["hidden"], a["vocab"], bias=False)
        self.register_buffer("mask", torch.ones(S, S, dtype=torch.bool).triu(1), persistent=False)
        self.rotary = a["positions"] == "rotary"
        if self.rotary:
            hd = a["head_dim"]
            inv = 1.0 / (10000 ** (torch.arange(0, hd, 2, dtype=torch.float32) / hd))
            ang = torch.outer(torch.arange(S, dtype=torch.float32), inv)
            ang = torch.cat((ang, ang), dim=-1)
            self.register_buffer("cos", ang.cos(), persistent=False)
            self.register_buffer("sin", ang.sin(), persistent=False)
        self.full_checkpointing = False

    def set_checkpointing(self, mode):
        self.full_checkpointing = mode == "full"
        for blk in self.blocks:
            blk.attn.selective = mode == "selective"

    def forward(self, idx, caches=None, pos=0):
        B, T = idx.shape
        x = self.tok(idx)
        if self.pos is not None:
            x = x + self.pos(torch.arange(pos, pos + T, dtype=torch.long, device=idx.device))
        x = self.drop(x)
        mask = self.mask[pos:pos + T, :pos + T]
        rope = (self.cos[pos:pos + T], self.sin[pos:pos + T]) if self.rotary else None
        for i, blk in enumerate(self.blocks):
            if caches is not None:
                x = blk(x, mask, rope, caches[i], pos)
            elif self.full_checkpointing:
                x = _ckpt(blk, x, mask, rope)
            else:
                x = blk(x, mask, rope)
        x = self.ln_f(x)
        return F.linear(x, self.tok.weight) if self.head is None else self.head(x)


def build(arch, shape):
    t = arch["type"]
    if t == "mlp":
        return MLP(arch, int(math.prod(shape)))
    if t == "rnn":
        return RNN(arch, shape[1])
    if t == "transformer":
        return Transformer(arch)
    import torchvision   # CNN presets: torchvision's own definitions
    ctor = getattr(torchvision.models, arch["preset"], None)
    if ctor is None:
        raise RuntimeError("torchvision %s has no %s" % (torchvision.__version__, arch["preset"]))
    kw = {"weights": None, "num_classes": arch["outputs"]}
    if arch["preset"] == "vit_b_16":
        kw["image_size"] = shape[1]
    return ctor(**kw)
