"""`synth`: the scenario's job, synthesised. Builds its network with random weights,
makes random data of its shapes (held in memory, or made batch by batch when the
scenario streams), and runs its training steps or inference batches with its
precision, optimizer, checkpointing and LoRA -- in a child process measured by `run`,
so its figures mean what a real job's would.

The child (`python3 -m headroom_probe _synth-worker`) records phases with
headroom_probe.torch and reports what it built.
"""

import contextlib
import gc
import json
import os
import sys

from . import scenario as scenario_mod

STEPS_DEFAULT = 3   # optimizer steps / inference batches: optimizer states exist from step 2


def worker(argv):
    """Entry of the child. argv: SCENARIO DEVICE STEPS THREADS. Exit 2 on a refusal."""
    path, device, steps, threads = argv[0], argv[1], int(argv[2]), int(argv[3])
    try:
        with open(path) as f:
            sc = scenario_mod.parse(json.load(f))
        if device == "cuda":
            sc["run"]["device"] = "gpu"
        elif sc["run"]["device"] == "gpu":
            sc["run"]["device"] = "cpu"   # --device cpu runs a GPU scenario on the host
        import torch
        _check_support(sc, torch, device)
    except (scenario_mod.Refuse, ValueError, OSError) as e:
        print("headroom_probe synth: %s" % e, file=sys.stderr)
        return 2
    except ImportError:
        print("headroom_probe synth: PyTorch is not installed (Debian: apt-get install "
              "python3-torch)", file=sys.stderr)
        return 2
    if threads > 0:
        torch.set_num_threads(threads)
    torch.manual_seed(0)
    if sc["model"]["arch"]["type"] == "cnn":
        import torchvision  # noqa: F401  (imported before the baseline, as the job would)
    from . import torch as probe_torch
    probe_torch.attach(sample_host=False, first_phase="startup")
    gc.collect()
    probe_torch.phase("data_load")
    details = _run(sc, torch, device, steps, probe_torch)
    report = os.environ.get(probe_torch.REPORT_ENV)
    if report:
        with open(report + ".synth", "w") as f:
            json.dump(details, f)
    return 0


def _check_support(sc, torch, device):
    r, a = sc["run"], sc["model"]["arch"]
    if device == "cuda" and not torch.cuda.is_available():
        raise scenario_mod.Refuse("--device cuda: PyTorch sees no CUDA device")
    if device == "cpu" and r["precision"] in ("fp16", "mixed_fp16"):
        scenario_mod.not_built("run.precision", "%s on the CPU" % r["precision"])
    if r["optimizer"] not in OPTIMIZERS and not (r["optimizer"] == "adafactor"
                                                 and hasattr(torch.optim, "Adafactor")):
        scenario_mod.not_built("run.optimizer", "%s with PyTorch %s" % (r["optimizer"],
                                                                        torch.__version__))
    if a["type"] == "transformer" and a["attention"] != "eager" and \
            not hasattr(torch.nn.functional, "scaled_dot_product_attention"):
        scenario_mod.not_built("model.architecture.attention",
                               "%s attention with PyTorch %s (needs 2.0)" % (a["attention"],
                                                                             torch.__version__))
    if a["type"] == "cnn":
        try:
            import torchvision  # noqa: F401
        except ImportError:
            scenario_mod.not_built("model.architecture.preset", "%s without torchvision" % a["preset"])


OPTIMIZERS = {
    "sgd": lambda t, p: t.optim.SGD(p, lr=0.01),
    "sgd_momentum": lambda t, p: t.optim.SGD(p, lr=0.01, momentum=0.9),
    "adam": lambda t, p: t.optim.Adam(p, lr=1e-3),
    "adamw": lambda t, p: t.optim.AdamW(p, lr=1e-3),
    "adagrad": lambda t, p: t.optim.Adagrad(p, lr=0.01),
    "rmsprop": lambda t, p: t.optim.RMSprop(p, lr=0.01),
}

DTYPES = ("float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8",
          "uint8", "bool")


def _random(torch, shape, dtype_name, high):
    """A tensor of random values made in place (no temporary as large as the tensor)."""
    if dtype_name not in DTYPES:
        raise scenario_mod.Refuse("dataset.dtype: unknown %s" % dtype_name)
    dt = getattr(torch, dtype_name)
    t = torch.empty(shape, dtype=dt)
    if t.is_floating_point():
        t.normal_()
    elif dt == torch.bool:
        t.random_(0, 2)
    else:
        limit = {"uint8": 256, "int8": 128, "int16": 32768}.get(dtype_name, high)
        t.random_(0, max(1, min(high, limit)))
    return t


def _run(sc, torch, device, steps, probe_torch):
    import torch.nn.functional as F
    from . import networks
    d, a, r = sc["dataset"], sc["model"]["arch"], sc["run"]
    dev = torch.device("cuda" if device == "cuda" else "cpu")
    N, b = d["samples"], r["batch_size"]
    lm = a["type"] == "transformer"
    outs = a.get("outputs")
    n_classes = a["vocab"] if lm else (outs if outs and outs > 1 else 100)
    x_high = a["vocab"] if lm else 256
    tshape = (lambda n: (n,) if d["target_count"] == 1 else (n, d["target_count"]))

    # ---- data (on the host, as a loader holds it)
    X = Y = None
    copies = []
    if d["storage"] == "in_memory":
        X = _random(torch, (N,) + tuple(d["shape"]), d["dtype"], x_high)
        if d["target_count"] > 0:
            Y = _random(torch, tshape(N), d["target_dtype"], n_classes)
        copies = [X.clone() for _ in range(d["copies"])]
    details = {"dataset_bytes": X.numel() * X.element_size() if X is not None else 0,
               "copies": len(copies)}

    # ---- model, precision, LoRA, optimizer
    probe_torch.phase("model_load")
    prec = r["precision"]
    model = networks.build(a, d["shape"])
    if prec == "fp64":
        model = model.double()
    elif prec in ("bf16", "fp16"):
        model = model.to(torch.bfloat16 if prec == "bf16" else torch.float16)
    compute = {"fp64": torch.float64, "bf16": torch.bfloat16, "fp16": torch.float16}.get(
        prec, torch.float32)
    if a["type"] == "mlp":
        model.full_checkpointing = r["ckpt"] == "full"
    elif lm:
        model.set_checkpointing(r["ckpt"])
    if r["finetune"] == "lora":
        for prm in model.parameters():
            prm.requires_grad_(False)
        for blk in model.blocks:
            blk.attn.add_lora(r["lora_rank"], a["hidden"])
    model = model.to(dev)
    train = r["task"] == "train"
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = None
    if train:
        opt = (OPTIMIZERS[r["optimizer"]](torch, trainable) if r["optimizer"] in OPTIMIZERS
               else torch.optim.Adafactor(trainable))
    details["parameters"] = sum(p.numel() for p in model.parameters())
    details["trainable_parameters"] = sum(p.numel() for p in trainable)
    scaler = torch.cuda.amp.GradScaler() if (train and prec == "mixed_fp16") else None
    if prec in ("mixed_bf16", "mixed_fp16"):
        half = torch.bfloat16 if prec == "mixed_bf16" else torch.float16

        def ctx():
            return torch.autocast(dev.type, dtype=half)
    else:
        def ctx():
            return contextlib.nullcontext()

    def batch(k):
        if X is None:   # streaming: each batch made when it is needed
            x = _random(torch, (b,) + tuple(d["shape"]), d["dtype"], x_high)
            y = _random(torch, tshape(b), d["target_dtype"], n_classes) if d["target_count"] else None
        else:
            s = (k * b) % N
            s = 0 if s + b > N else s
            x, y = X[s:s + b], (Y[s:s + b] if Y is not None else None)
        if x.is_floating_point() or not lm:
            x = x.to(compute)
        elif x.dtype != torch.long:
            x = x.long()
        return x.to(dev), (y.to(dev) if y is not None else None)

    def loss_of(out, x, y):
        if lm:
            tgt = torch.empty_like(x, dtype=torch.long)
            tgt[:, :-1] = x[:, 1:]
            tgt[:, -1] = -100   # nothing follows the last position
            return F.cross_entropy(out.view(-1, out.shape[-1]), tgt.view(-1), ignore_index=-100)
        if outs > 1:
            return F.cross_entropy(out, y.long())
        if out.dtype == torch.bfloat16:   # mse_loss has no bf16 CPU kernel in PyTorch 1.13
            out = out.float()
        return F.mse_loss(out.view(-1), y.reshape(-1).to(out.dtype))

    k = 0
    if train:
        model.train()
        for _ in range(steps):
            for _ in range(r["accum"]):
                x, y = batch(k)
                k += 1
                with ctx():
                    out = model(x)
                    loss = loss_of(out, x, y)
                    del out
                if r["accum"] > 1:
                    loss = loss / r["accum"]
                (scaler.scale(loss) if scaler else loss).backward()
                del x, y, loss
            if scaler:
                scaler.step(opt)
                scaler.update()
            else:
                opt.step()
            opt.zero_grad(set_to_none=True)
        details["optimizer_steps"], details["micro_batches"] = steps, k
    elif r["generation"] is not None:
        P, NEW = r["generation"]
        model.eval()
        with torch.no_grad():
            for _ in range(steps):
                x, _y = batch(k)
                k += 1
                x = x[:, :P]
                caches = [(torch.zeros(x.shape[0], a["kv_heads"], P + NEW, a["head_dim"],
                                       dtype=compute, device=dev),
                           torch.zeros(x.shape[0], a["kv_heads"], P + NEW, a["head_dim"],
                                       dtype=compute, device=dev)) for _ in range(a["layers"])]
                with ctx():
                    logits = model(x, caches, 0)
                nxt = logits[:, -1].argmax(-1, keepdim=True)
                del logits
                for t in range(NEW - 1):
                    with ctx():
                        logits = model(nxt, caches, P + t)
                    nxt = logits[:, -1].argmax(-1, keepdim=True)
                    del logits
                del caches, x, _y, nxt
        details["generated_batches"] = k
    else:
        model.eval()
        with torch.no_grad():
            for _ in range(steps):
                x, _y = batch(k)
                k += 1
                with ctx():
                    out = model(x)
                del x, _y, out
                probe_torch.phase("between_batches")
        details["forward_batches"] = k
    if dev.type == "cuda":
        torch.cuda.synchronize()
    return details
