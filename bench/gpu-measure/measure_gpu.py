#!/usr/bin/env python3
"""Measure GPU memory of calibration workloads on a real GPU, in one call.

For each workload below this builds a model from a configuration with random weights
(nothing is downloaded), runs a few training or generation steps on the GPU, and records
what each monitor shows:

  * allocated: torch.cuda.max_memory_allocated over the measured steps, and in training
    its peak within each phase (forward, backward, optimizer step);
  * reserved: torch.cuda.max_memory_reserved, likewise;
  * driver: total - free from torch.cuda.mem_get_info() after the steps (the process's
    CUDA context, library workspaces and the allocator's segments: what nvidia-smi shows
    for a process alone on the GPU), and nvidia-smi's own per-process figure when it runs.

Every workload runs in a fresh process (the allocator's cache and the CUDA context start
empty). The parent writes OUT/results.json (versions, device, one record per workload)
and OUT/cases/NAME.json, a Headroom scenario of each workload with its measurement in the
notes, ready to be added to bench/calibration-gpu/.

    python3 bench/gpu-measure/measure_gpu.py --out DIR             # on the GPU machine
    python3 bench/gpu-measure/measure_gpu.py --out DIR --cpu-smoke  # plumbing check, no GPU

--cpu-smoke runs every workload's loop on the CPU with a small stand-in model (so that
the script can be tested where neither a GPU nor transformers is installed); its figures
are not measurements and its results say so.
"""

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import time

STEPS = 4          # measured steps after one warm-up step
GEN_NEW_TOKENS = 128

# ---- the workloads ----------------------------------------------------------------------
# family: HF config class and keyword arguments; scenario: the Headroom architecture keys
# that describe the same network.

PYTHIA_410M = {
    "config": ("GPTNeoXConfig", dict(hidden_size=1024, num_hidden_layers=24, num_attention_heads=16,
                                     intermediate_size=4096, vocab_size=50304, rotary_pct=0.25,
                                     max_position_embeddings=2048, use_parallel_residual=True,
                                     tie_word_embeddings=False, hidden_dropout=0.0, attention_dropout=0.0)),
    "model_class": "AutoModelForCausalLM",
    "architecture": {"type": "transformer", "layers": 24, "hidden": 1024, "heads": 16, "ffn_hidden": 4096,
                     "vocab": 50304, "norm": "layernorm", "ffn": "gelu", "positions": "rotary",
                     "tied_embeddings": False, "dropout": 0.0, "causal": True},
}

LLAMA_1B = {
    "config": ("LlamaConfig", dict(hidden_size=2048, num_hidden_layers=16, num_attention_heads=32,
                                   num_key_value_heads=8, intermediate_size=8192, vocab_size=128256,
                                   max_position_embeddings=131072, tie_word_embeddings=True, rope_theta=500000.0)),
    "model_class": "AutoModelForCausalLM",
    "architecture": {"preset": "llama-3.2-1b"},
}

GPT2_SMALL = {
    "config": ("GPT2Config", dict(n_embd=768, n_layer=12, n_head=12, vocab_size=50257, n_positions=1024)),
    "model_class": "AutoModelForCausalLM",
    "architecture": {"preset": "gpt2"},
}

BERT_BASE = {
    "config": ("BertConfig", dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                                  intermediate_size=3072, vocab_size=30522)),
    "model_class": "AutoModelForMaskedLM",
    "architecture": {"preset": "bert-base"},
}


def workload(name, family, *, dtype, attention, batch, seq, loop, optimizer="none",
             checkpointing=False, lora=None):
    return {"name": name, "family": family, "dtype": dtype, "attention": attention, "batch": batch,
            "seq": seq, "loop": loop, "optimizer": optimizer, "checkpointing": checkpointing, "lora": lora}


# loop: "sum_held"  outputs = model(x); outputs.logits.sum().backward() (transformers' SDPA benchmark)
#       "sum_drop"  the same, with `del outputs` after backward (what the held outputs cost)
#       "ce"        labels given, loss = outputs.loss, optimizer step, zero_grad(set_to_none)
#       "generate"  model.generate(prompt of `seq` tokens, GEN_NEW_TOKENS new), no autograd
WORKLOADS = [
    workload("pythia410m-fp16-sdpa-b1-s2048-sum", PYTHIA_410M, dtype="fp16", attention="sdpa", batch=1, seq=2048, loop="sum_held"),
    workload("pythia410m-fp16-sdpa-b1-s2048-sum-drop", PYTHIA_410M, dtype="fp16", attention="sdpa", batch=1, seq=2048, loop="sum_drop"),
    workload("pythia410m-fp16-sdpa-b4-s128-sum", PYTHIA_410M, dtype="fp16", attention="sdpa", batch=4, seq=128, loop="sum_held"),
    workload("pythia410m-fp16-eager-b2-s1024-sum", PYTHIA_410M, dtype="fp16", attention="eager", batch=2, seq=1024, loop="sum_held"),
    workload("llama1b-bf16-sdpa-b2-s2048-ce-adamw", LLAMA_1B, dtype="bf16", attention="sdpa", batch=2, seq=2048, loop="ce", optimizer="adamw"),
    workload("llama1b-bf16-sdpa-b2-s2048-ce-adamw-ckpt", LLAMA_1B, dtype="bf16", attention="sdpa", batch=2, seq=2048, loop="ce", optimizer="adamw", checkpointing=True),
    workload("llama1b-bf16-eager-b1-s1024-ce-adamw", LLAMA_1B, dtype="bf16", attention="eager", batch=1, seq=1024, loop="ce", optimizer="adamw"),
    workload("llama1b-bf16-sdpa-b2-s2048-lora-qv", LLAMA_1B, dtype="bf16", attention="sdpa", batch=2, seq=2048, loop="ce", optimizer="adamw", lora={"r": 16, "targets": ["q_proj", "v_proj"]}),
    workload("llama1b-bf16-sdpa-b4-p512-generate", LLAMA_1B, dtype="bf16", attention="sdpa", batch=4, seq=512, loop="generate"),
    workload("pythia410m-fp16-sdpa-b4-p1024-generate", PYTHIA_410M, dtype="fp16", attention="sdpa", batch=4, seq=1024, loop="generate"),
    workload("gpt2-amp-bf16-sdpa-b8-s1024-ce-adamw", GPT2_SMALL, dtype="amp_bf16", attention="sdpa", batch=8, seq=1024, loop="ce", optimizer="adamw"),
    workload("bert-base-fp16-sdpa-b16-s512-sum", BERT_BASE, dtype="fp16", attention="sdpa", batch=16, seq=512, loop="sum_held"),
]

PRECISION = {"fp16": "fp16", "bf16": "bf16", "fp32": "fp32", "amp_bf16": "mixed_bf16", "amp_fp16": "mixed_fp16"}


def scenario_of(w, record, versions):
    """The Headroom scenario of workload `w`, its measurement in the notes."""
    arch = dict(w["family"]["architecture"])
    arch["attention"] = "flash" if w["attention"] == "sdpa" else "eager"
    run = {"task": "inference" if w["loop"] == "generate" else "train", "device": "gpu", "batch_size": w["batch"],
           "precision": PRECISION[w["dtype"]]}
    if w["loop"] == "generate":
        run["generation"] = {"prompt_tokens": w["seq"], "new_tokens": GEN_NEW_TOKENS}
    else:
        run["optimizer"] = "adamw" if w["optimizer"] == "adamw" else "sgd"
        run["activation_checkpointing"] = "full" if w["checkpointing"] else "none"
        run["gradient_accumulation"] = 1
        if w["loop"].startswith("sum"):
            run["loss"] = "sum"
        if w["lora"]:
            # PEFT keeps the adapters in fp32 over a 16-bit model (autocast_adapter_dtype).
            run["finetune"] = {"method": "lora", "rank": w["lora"]["r"], "adapter_dtype": "fp32",
                               "targets": [t.replace("_proj", "") for t in w["lora"]["targets"]]}
    torch_version = versions.get("torch", "")
    if torch_version:
        run["software"] = {"pytorch": ".".join(torch_version.split("+")[0].split(".")[:2])}
        if versions.get("cuda"):
            run["software"]["cuda"] = ".".join(versions["cuda"].split(".")[:2])
    figures = ", ".join(f"{k} {record[k]}" for k in ("max_memory_allocated", "max_memory_reserved",
                                                       "forward_peak_allocated", "backward_peak_allocated",
                                                       "optimizer_peak_allocated", "driver_used_bytes",
                                                       "nvidia_smi_used_mib") if k in record)
    notes = (f"Measured by bench/gpu-measure/measure_gpu.py on {record.get('device_name', '?')}: {figures}. "
             f"Loop: {w['loop']}. Versions: {json.dumps(versions, sort_keys=True)}. Random weights, "
             f"{STEPS} measured steps after one warm-up step.")
    return {"headroom": 1, "name": w["name"], "notes": notes,
            "dataset": {"samples": 1000, "input": {"kind": "tokens", "length": w["seq"]}, "dtype": "int64",
                        "targets": {"count": 0}},
            "model": {"framework": "pytorch", "architecture": arch}, "run": run}


# ---- the child: one workload in a fresh process ------------------------------------------

def build_model(torch, w, device, smoke):
    dtype = {"fp16": torch.float16, "bf16": torch.bfloat16}.get(w["dtype"], torch.float32)
    if smoke:
        # Stand-in for the CPU check: a small causal LM with the same calling convention.
        class Out:
            def __init__(self, logits, loss=None):
                self.logits, self.loss = logits, loss

        class Tiny(torch.nn.Module):
            def __init__(self, vocab=1000, hidden=64):
                super().__init__()
                self.emb = torch.nn.Embedding(vocab, hidden)
                self.block = torch.nn.Sequential(torch.nn.Linear(hidden, 4 * hidden), torch.nn.GELU(),
                                                 torch.nn.Linear(4 * hidden, hidden))
                self.head = torch.nn.Linear(hidden, vocab, bias=False)
                self.config = type("C", (), {"vocab_size": vocab})()

            def forward(self, input_ids, labels=None):
                h = self.emb(input_ids)
                logits = self.head(h + self.block(h))
                loss = None
                if labels is not None:
                    loss = torch.nn.functional.cross_entropy(logits.float().view(-1, logits.size(-1)), labels.view(-1))
                return Out(logits, loss)

            def generate(self, input_ids, max_new_tokens, **_):
                ids = input_ids
                for _ in range(max_new_tokens):
                    nxt = self(ids).logits[:, -1].argmax(-1, keepdim=True)
                    ids = torch.cat([ids, nxt], dim=1)
                return ids

        return Tiny().to(device)
    import transformers
    cls_name, kwargs = w["family"]["config"]
    config = getattr(transformers, cls_name)(**kwargs)
    model_cls = getattr(transformers, w["family"]["model_class"])
    model = model_cls.from_config(config, torch_dtype=dtype if w["dtype"] in ("fp16", "bf16") else torch.float32,
                                  attn_implementation=w["attention"])
    model = model.to(device)
    if w["checkpointing"]:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    if w["lora"]:
        import peft
        model = peft.get_peft_model(model, peft.LoraConfig(r=w["lora"]["r"], lora_alpha=2 * w["lora"]["r"],
                                                           target_modules=w["lora"]["targets"], lora_dropout=0.0))
    return model


def child(name, smoke):
    import torch
    w = next(x for x in WORKLOADS if x["name"] == name)
    cuda = not smoke
    device = torch.device("cuda" if cuda else "cpu")
    torch.manual_seed(0)
    model = build_model(torch, w, device, smoke)
    vocab = model.config.vocab_size
    batch, seq = (w["batch"], w["seq"]) if not smoke else (2, 32)
    ids = torch.randint(0, vocab - 1, (batch, seq), device=device)
    record = {"name": name}
    if w["loop"] == "generate":
        model.eval()
        with torch.no_grad():
            model.generate(ids, max_new_tokens=8, do_sample=False)  # warm-up
            if cuda:
                torch.cuda.synchronize()
                torch.cuda.reset_peak_memory_stats()
            for _ in range(STEPS):
                new = GEN_NEW_TOKENS if not smoke else 4
                # Random weights may emit the end-of-sequence token: min_new_tokens keeps the length.
                model.generate(ids, max_new_tokens=new, min_new_tokens=new, do_sample=False)
    else:
        model.train()
        params = [p for p in model.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(params, lr=1e-5) if w["optimizer"] == "adamw" else None
        autocast = w["dtype"].startswith("amp_")
        amp_dtype = torch.bfloat16 if w["dtype"] == "amp_bf16" else torch.float16
        # Peaks per phase (the allocator's peak is reset before each), so that the forward's
        # (with the previous step's outputs still bound to `outputs`), the backward's and the
        # optimizer step's can be told apart; the step's peak is the largest of them.
        phases = {"forward": [0, 0], "backward": [0, 0], "optimizer": [0, 0]}

        def phase(which, step):
            if cuda:
                torch.cuda.synchronize()
                if step >= 1:
                    p = phases[which]
                    p[0] = max(p[0], torch.cuda.max_memory_allocated())
                    p[1] = max(p[1], torch.cuda.max_memory_reserved())
                torch.cuda.reset_peak_memory_stats()

        outputs = None
        phase("optimizer", 0)
        for step in range(STEPS + 1):
            model.zero_grad(set_to_none=True)
            with torch.autocast(device.type, dtype=amp_dtype) if autocast else contextlib.nullcontext():
                if w["loop"] == "ce":
                    outputs = model(input_ids=ids, labels=ids)
                    loss = outputs.loss
                else:
                    outputs = model(input_ids=ids)
                    loss = outputs.logits.sum()
            phase("forward", step)
            loss.backward()
            phase("backward", step)
            if opt is not None:
                opt.step()
            if w["loop"] == "sum_drop":
                del outputs, loss
                outputs = None
            phase("optimizer", step)
        for which, (allocated, reserved) in phases.items():
            record[which + "_peak_allocated"] = allocated
            record[which + "_peak_reserved"] = reserved
    if cuda:
        torch.cuda.synchronize()
        if w["loop"] == "generate":
            record["max_memory_allocated"] = torch.cuda.max_memory_allocated()
            record["max_memory_reserved"] = torch.cuda.max_memory_reserved()
        else:
            record["max_memory_allocated"] = max(record[k] for k in record if k.endswith("_peak_allocated"))
            record["max_memory_reserved"] = max(record[k] for k in record if k.endswith("_peak_reserved"))
        free, total = torch.cuda.mem_get_info()
        record["driver_used_bytes"] = total - free
        record["device_total_bytes"] = total
        record["device_name"] = torch.cuda.get_device_name()
        try:
            out = subprocess.run(["nvidia-smi", "--query-compute-apps=pid,used_memory", "--format=csv,noheader,nounits"],
                                 capture_output=True, text=True, timeout=30).stdout
            for line in out.splitlines():
                pid, used = [x.strip() for x in line.split(",")]
                if int(pid) == os.getpid():
                    record["nvidia_smi_used_mib"] = int(used)
        except (OSError, ValueError, subprocess.SubprocessError):
            pass
    else:
        record["device_name"] = "cpu (smoke check: no measurement)"
    print(json.dumps(record))


# ---- the parent ---------------------------------------------------------------------------

def versions_of(smoke):
    code = ("import json, torch\n"
            "v = {'torch': torch.__version__, 'cuda': torch.version.cuda or ''}\n"
            "for m in ('transformers', 'peft'):\n"
            "    try:\n"
            "        v[m] = __import__(m).__version__\n"
            "    except ImportError:\n"
            "        pass\n"
            "print(json.dumps(v))\n")
    v = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    v["python"] = platform.python_version()
    if not smoke:
        try:
            v["driver"] = subprocess.run(["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"],
                                         capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
        except (OSError, IndexError, subprocess.SubprocessError):
            pass
    return v


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="folder for results.json and cases/")
    ap.add_argument("--only", default="", help="run the workloads whose name contains this")
    ap.add_argument("--cpu-smoke", action="store_true", help="check the plumbing on the CPU with a stand-in model")
    ap.add_argument("--timeout", type=int, default=240, help="seconds per workload")
    ap.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.cpu_smoke)
        return 0
    os.makedirs(os.path.join(args.out, "cases"), exist_ok=True)
    versions = versions_of(args.cpu_smoke)
    results = {"versions": versions, "smoke": args.cpu_smoke, "steps": STEPS, "workloads": []}
    failures = 0
    for w in WORKLOADS:
        if args.only not in w["name"]:
            continue
        t0 = time.monotonic()
        cmd = [sys.executable, os.path.abspath(__file__), "--out", args.out, "--child", w["name"]]
        if args.cpu_smoke:
            cmd.append("--cpu-smoke")
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            lines = [ln for ln in p.stdout.splitlines() if ln.startswith("{")]
            if p.returncode != 0 or not lines:
                raise RuntimeError((p.stderr or p.stdout).strip().splitlines()[-1:] or ["no output"])
            record = json.loads(lines[-1])
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            failures += 1
            record = {"name": w["name"], "error": str(e)}
        record["seconds"] = round(time.monotonic() - t0, 1)
        results["workloads"].append(record)
        print(json.dumps(record), flush=True)
        if "error" not in record:
            with open(os.path.join(args.out, "cases", w["name"] + ".json"), "w") as f:
                json.dump(scenario_of(w, record, versions), f, indent=2)
                f.write("\n")
        with open(os.path.join(args.out, "results.json"), "w") as f:
            json.dump(results, f, indent=1)
            f.write("\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
