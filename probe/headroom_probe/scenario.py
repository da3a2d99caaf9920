"""Reads the part of a scenario (*.headroom.json, format v1) that `synth` builds.

The C++ reader is the authority on validity; this one checks what it uses and refuses
what synth cannot build with "path: problem" (exit status 2).
"""

import json

CNN_PRESETS = ("resnet18", "resnet34", "resnet50", "resnet101", "vgg16",
               "mobilenet_v2", "efficientnet_b0", "vit_b_16")
# Published GPT-2 configurations (Radford et al. 2019; Hugging Face gpt2*), 1024 positions.
GPT2_PRESETS = {
    "gpt2": dict(layers=12, hidden=768, heads=12),
    "gpt2-medium": dict(layers=24, hidden=1024, heads=16),
    "gpt2-large": dict(layers=36, hidden=1280, heads=20),
    "gpt2-xl": dict(layers=48, hidden=1600, heads=25),
}
TRANSFORMER_KEYS = ("layers", "hidden", "heads", "kv_heads", "ffn_hidden", "vocab", "seq_len",
                    "causal", "norm", "ffn", "positions", "tied_embeddings", "attention",
                    "dropout", "head_dim", "attention_bias", "qk_norm")
DL_FRAMEWORKS = ("pytorch", "tensorflow", "keras", "jax", "megatron")


class Refuse(Exception):
    """The scenario is invalid, or holds something synth cannot build."""


def _get(obj, path, key, types, default=None, required=False, choices=None, minimum=None):
    p = "%s.%s" % (path, key) if path else key
    if not isinstance(obj, dict):
        raise Refuse("%s: must be an object" % path)
    if key not in obj:
        if required:
            raise Refuse("%s: required key missing" % p)
        return default
    v = obj[key]
    if types is int:
        ok = isinstance(v, int) and not isinstance(v, bool)
    elif types is float:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool)
    else:
        ok = isinstance(v, types)
    if not ok:
        raise Refuse("%s: wrong type, got %s" % (p, json.dumps(v)[:60]))
    if choices is not None and v not in choices:
        raise Refuse("%s: must be one of %s, got %s" % (p, ", ".join(choices), json.dumps(v)))
    if minimum is not None and v < minimum:
        raise Refuse("%s: must be >= %s, got %s" % (p, minimum, v))
    return v


def not_built(path, what):
    raise Refuse("%s: synth cannot build %s" % (path, what))


def parse(doc):
    """A normalised description: {"dataset", "model", "run"} of plain values."""
    if not isinstance(doc, dict):
        raise Refuse("$: must be an object")
    version = _get(doc, "", "headroom", int, required=True)
    if version != 1:
        raise Refuse("headroom: format version %d is not read by this probe (1)" % version)
    model = _get(doc, "", "model", dict, required=True)
    fw = _get(model, "model", "framework", str, required=True)
    if fw not in ("pytorch",):
        not_built("model.framework", "%s networks (PyTorch only; run scikit-learn, XGBoost "
                  "and LightGBM jobs themselves under `headroom_probe run`)" % fw)
    arch = _architecture(_get(model, "model", "architecture", dict, required=True))

    ds = _get(doc, "", "dataset", dict, required=True)
    d = {"samples": _get(ds, "dataset", "samples", int, required=True, minimum=1)}
    inp = _get(ds, "dataset", "input", dict, required=True)
    kind = _get(inp, "dataset.input", "kind", str, required=True,
                choices=("tabular", "image", "sequence", "tokens"))
    g = lambda k: _get(inp, "dataset.input", k, int, required=True, minimum=1)  # noqa: E731
    d["kind"] = kind
    d["shape"] = {"tabular": lambda: (g("features"),),
                  "image": lambda: (g("channels"), g("height"), g("width")),
                  "sequence": lambda: (g("length"), g("features")),
                  "tokens": lambda: (g("length"),)}[kind]()
    d["dtype"] = _get(ds, "dataset", "dtype", str, default="float32")
    if _get(ds, "dataset", "layout", str, default="dense") != "dense":
        not_built("dataset.layout", "sparse input for a neural network")
    tg = _get(ds, "dataset", "targets", dict, default={})
    d["target_count"] = _get(tg, "dataset.targets", "count", int, default=1, minimum=0)
    d["target_dtype"] = _get(tg, "dataset.targets", "dtype", str, default="int64")
    d["storage"] = _get(ds, "dataset", "storage", str, default="in_memory",
                        choices=("in_memory", "memory_mapped", "streaming"))
    if d["storage"] == "memory_mapped":
        not_built("dataset.storage", "memory-mapped files")
    d["copies"] = _get(ds, "dataset", "preprocessing_copies", int, default=0, minimum=0)

    run = _get(doc, "", "run", dict, required=True)
    r = {"task": _get(run, "run", "task", str, default="train", choices=("train", "inference")),
         "device": _get(run, "run", "device", str, default="gpu", choices=("cpu", "gpu")),
         "batch_size": _get(run, "run", "batch_size", int, default=32, minimum=1),
         "precision": _get(run, "run", "precision", str, default="fp32"),
         "optimizer": _get(run, "run", "optimizer", str, default="adamw"),
         "ckpt": _get(run, "run", "activation_checkpointing", str, default="none",
                      choices=("none", "selective", "full", "selective_op")),
         "accum": _get(run, "run", "gradient_accumulation", int, default=1, minimum=1)}
    if r["precision"] in ("int8", "int4"):
        not_built("run.precision", "weight-only quantisation (%s)" % r["precision"])
    # How the step runs: synth runs the eager default (per-parameter step on the CPU), a
    # whole-sequence loss and no offloading.
    if r["ckpt"] == "selective_op":
        not_built("run.activation_checkpointing", "op-level selective checkpointing")
    for key, default, what in (("optimizer_step", None, "a chosen optimizer step"),
                               ("loss_chunks", 1, "a chunked loss"),
                               ("compile", False, "torch.compile"),
                               ("activation_offload", False, "activation offloading")):
        if run.get(key, default) != default:
            not_built("run." + key, what)
    ft = _get(run, "run", "finetune", dict, default={"method": "full"})
    r["finetune"] = _get(ft, "run.finetune", "method", str, default="full")
    if r["finetune"] not in ("full", "lora"):
        not_built("run.finetune.method", r["finetune"])
    r["lora_rank"] = _get(ft, "run.finetune", "rank", int, default=8, minimum=1)
    if ft.get("dropout", 0) != 0:
        not_built("run.finetune.dropout", "LoRA dropout")
    if ft.get("targets", "attention") != "attention":
        not_built("run.finetune.targets", "adapters beyond the attention projections")
    if r["finetune"] == "lora" and arch["type"] != "transformer":
        not_built("run.finetune.method", "LoRA outside a transformer")
    gen = _get(run, "run", "generation", dict)
    r["generation"] = None
    if gen is not None:
        r["generation"] = (_get(gen, "run.generation", "prompt_tokens", int, required=True, minimum=1),
                           _get(gen, "run.generation", "new_tokens", int, required=True, minimum=1))
    dl = _get(run, "run", "dataloader", dict, default={})
    if _get(dl, "run.dataloader", "workers", int, default=0) > 0:
        not_built("run.dataloader.workers", "data-loader worker processes (measure the real "
                  "job with `headroom_probe run`)")
    if _get(dl, "run.dataloader", "pin_memory", bool, default=False):
        not_built("run.dataloader.pin_memory", "pinned host buffers")

    cl = _get(doc, "", "cluster", dict, default={})
    for key, dflt in (("nodes", 1), ("gpus_per_node", 1), ("tensor_parallel", 1),
                      ("pipeline_parallel", 1), ("expert_parallel", 1)):
        if _get(cl, "cluster", key, int, default=dflt) != dflt:
            not_built("cluster.%s" % key, "more than one device (synth runs one process)")
    if _get(cl, "cluster", "offload", str, default="none") != "none":
        not_built("cluster.offload", "offloading")

    if arch["type"] == "transformer":
        if kind != "tokens":
            raise Refuse("dataset.input.kind: a transformer reads tokens")
        if arch["seq_len"] is None:
            arch["seq_len"] = d["shape"][0]
        if arch["seq_len"] < d["shape"][0]:
            raise Refuse("model.architecture.seq_len: shorter than the dataset's tokens")
    elif arch["type"] == "rnn" and kind != "sequence":
        raise Refuse("dataset.input.kind: an rnn reads a sequence")
    elif arch["type"] == "cnn" and kind != "image":
        raise Refuse("dataset.input.kind: %s reads images" % arch["preset"])
    if r["task"] == "train" and arch["type"] != "transformer" and d["target_count"] == 0:
        raise Refuse("dataset.targets.count: training a %s needs targets" % arch["type"])
    if r["ckpt"] != "none" and arch["type"] in ("rnn", "cnn"):
        not_built("run.activation_checkpointing", "checkpointing of a %s" % arch["type"])
    if r["ckpt"] == "selective" and arch["type"] == "mlp":
        not_built("run.activation_checkpointing", "selective checkpointing of an mlp")
    if r["generation"] is not None and (arch["type"] != "transformer" or r["task"] != "inference"):
        raise Refuse("run.generation: only for transformer inference")
    return {"dataset": d, "model": {"framework": fw, "arch": arch}, "run": r}


def _architecture(a):
    p = "model.architecture"
    if "preset" in a:
        name = _get(a, p, "preset", str, required=True)
        if name in CNN_PRESETS:
            return {"type": "cnn", "preset": name,
                    "outputs": _get(a, p, "outputs", int, default=1000, minimum=1)}
        if name in GPT2_PRESETS:
            cfg = dict(GPT2_PRESETS[name], vocab=50257, seq_len=1024)
            cfg.update({k: a[k] for k in TRANSFORMER_KEYS if k in a})
            t = _transformer(cfg, p)
            t["preset"] = name
            return t
        not_built(p + ".preset", "%s (synth knows the gpt2 family and the torchvision "
                  "presets; describe it with transformer keys instead)" % json.dumps(name))
    typ = _get(a, p, "type", str, required=True)
    if typ == "mlp":
        hidden = _get(a, p, "hidden", list, required=True)
        for i, h in enumerate(hidden):
            if not (isinstance(h, int) and not isinstance(h, bool) and h >= 1):
                raise Refuse("%s.hidden[%d]: must be an integer >= 1" % (p, i))
        return {"type": "mlp", "hidden": hidden,
                "outputs": _get(a, p, "outputs", int, required=True, minimum=1),
                "activation": _get(a, p, "activation", str, default="relu",
                                   choices=("relu", "gelu", "tanh", "sigmoid", "silu")),
                "dropout": _get(a, p, "dropout", float, default=0.0)}
    if typ == "rnn":
        return {"type": "rnn",
                "cell": _get(a, p, "cell", str, required=True, choices=("lstm", "gru", "rnn")),
                "layers": _get(a, p, "layers", int, default=1, minimum=1),
                "hidden": _get(a, p, "hidden", int, required=True, minimum=1),
                "bidirectional": _get(a, p, "bidirectional", bool, default=False),
                "outputs": _get(a, p, "outputs", int, required=True, minimum=1)}
    if typ == "transformer":
        return _transformer(a, p)
    not_built(p + ".type", "%s networks (no real network behind them)" % json.dumps(typ))


def _transformer(a, p):
    for key in ("moe", "mla", "sliding_window"):
        if key in a:
            not_built("%s.%s" % (p, key), "this attention/expert layout yet")
    t = {"type": "transformer"}
    t["layers"] = _get(a, p, "layers", int, required=True, minimum=1)
    t["hidden"] = _get(a, p, "hidden", int, required=True, minimum=1)
    t["heads"] = _get(a, p, "heads", int, required=True, minimum=1)
    t["kv_heads"] = _get(a, p, "kv_heads", int, default=t["heads"], minimum=1)
    t["head_dim"] = _get(a, p, "head_dim", int, default=None, minimum=1)
    if t["head_dim"] is None:
        if t["hidden"] % t["heads"]:
            raise Refuse("%s.heads: must divide hidden (%d)" % (p, t["hidden"]))
        t["head_dim"] = t["hidden"] // t["heads"]
    if t["heads"] % t["kv_heads"]:
        raise Refuse("%s.kv_heads: must divide heads (%d)" % (p, t["heads"]))
    t["ffn_hidden"] = _get(a, p, "ffn_hidden", int, default=4 * t["hidden"], minimum=1)
    t["vocab"] = _get(a, p, "vocab", int, required=True, minimum=2)
    t["seq_len"] = _get(a, p, "seq_len", int, default=None, minimum=1)
    t["causal"] = _get(a, p, "causal", bool, default=True)
    t["norm"] = _get(a, p, "norm", str, default="layernorm", choices=("layernorm", "rmsnorm"))
    t["ffn"] = _get(a, p, "ffn", str, default="gelu", choices=("gelu", "swiglu"))
    t["positions"] = _get(a, p, "positions", str, default="learned", choices=("learned", "rotary"))
    t["tied"] = _get(a, p, "tied_embeddings", bool, default=True)
    t["attention"] = _get(a, p, "attention", str, default="eager")
    t["dropout"] = _get(a, p, "dropout", float, default=0.1)
    # GPT-2 style blocks carry biases, LLaMA style (SwiGLU) blocks none, unless told.
    t["bias"] = _get(a, p, "attention_bias", bool, default=t["ffn"] == "gelu")
    t["qk_norm"] = _get(a, p, "qk_norm", bool, default=False)
    if t["positions"] == "rotary" and t["head_dim"] % 2:
        raise Refuse("%s: rotary positions need an even head dimension" % p)
    return t
