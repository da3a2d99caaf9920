"""Per-phase memory peaks inside a PyTorch script.

    import headroom_probe
    headroom_probe.torch.attach()          # before the model is built

From then on every phase -- model load (from attach() to the first forward), forward,
backward, optimizer step -- of every step is recorded with the host's resident memory
and, per CUDA device, torch.cuda.max_memory_allocated / max_memory_reserved over the
phase. At exit the measurement is written (to `output`, to $HEADROOM_PROBE_OUTPUT, or to
SCRIPT.headroom-measure.json); under `python3 -m headroom_probe run` the phases go to
the run's measurement instead.

This module is named like PyTorch but imports it (absolute `import torch`) only in
attach(), so `import headroom_probe` never loads PyTorch.
"""

import atexit
import json
import os
import sys
import threading
import time

from . import procfs

PHASE_DETAIL_STEPS = 32   # phases of the first N steps are kept one by one; all count in the maxima
REPORT_ENV = "HEADROOM_PROBE_REPORT"   # set by `run`: where a child writes its phases
OUTPUT_ENV = "HEADROOM_PROBE_OUTPUT"

_recorder = None


class _HostWatch:
    """Largest VmRSS of this process between two reset() calls, sampled every 50 ms."""

    def __init__(self, interval=0.05):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="headroom-probe", daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.wait(self.interval):
            st = procfs.status(os.getpid())
            if st:
                self.peak = max(self.peak, st["VmRSS"])

    def reset(self, now):
        self.peak = now

    def stop(self):
        self._stop.set()


class Recorder:
    def __init__(self, torch_module, output=None, sample_host=True, first_phase="model_load"):
        self.torch = torch_module
        self.output = output
        self.t0 = time.monotonic()
        self.phases = []
        self.maxima = {}       # phase name -> {"host_peak_bytes", "devices": {i: {...}}}
        self.step = 0
        self.current = None
        self.forward_depth = 0
        self.cuda = bool(torch_module.cuda.is_available())
        self.ndev = torch_module.cuda.device_count() if self.cuda else 0
        self.device_peaks = [{"allocated_peak_bytes": 0, "reserved_peak_bytes": 0}
                             for _ in range(self.ndev)]
        self.watch = _HostWatch() if sample_host else None
        self.begin(first_phase)

    # ---- phases
    def _host_now(self):
        st = procfs.status(os.getpid()) or {"VmRSS": 0, "VmHWM": 0}
        return st

    def begin(self, name):
        if self.current is not None and self.current["name"] == name:
            return
        self.end()
        st = self._host_now()
        if self.cuda:
            for i in range(self.ndev):
                self.torch.cuda.reset_peak_memory_stats(i)
        if self.watch:
            self.watch.reset(st["VmRSS"])
        self.current = {"name": name, "step": self.step,
                        "start_s": round(time.monotonic() - self.t0, 4),
                        "host_start_bytes": st["VmRSS"]}

    def end(self):
        cur, self.current = self.current, None
        if cur is None:
            return
        st = self._host_now()
        cur["end_s"] = round(time.monotonic() - self.t0, 4)
        cur["host_end_bytes"] = st["VmRSS"]
        cur["host_peak_bytes"] = max(st["VmRSS"], cur["host_start_bytes"],
                                     self.watch.peak if self.watch else 0)
        cur["host_hwm_bytes"] = st["VmHWM"]   # the process's peak so far (cumulative)
        agg = self.maxima.setdefault(cur["name"], {"count": 0, "host_peak_bytes": 0,
                                                   "devices": []})
        agg["count"] += 1
        agg["host_peak_bytes"] = max(agg["host_peak_bytes"], cur["host_peak_bytes"])
        if self.cuda:
            devs = []
            for i in range(self.ndev):
                a = int(self.torch.cuda.max_memory_allocated(i))
                r = int(self.torch.cuda.max_memory_reserved(i))
                devs.append({"index": i, "allocated_peak_bytes": a, "reserved_peak_bytes": r})
                dp = self.device_peaks[i]
                dp["allocated_peak_bytes"] = max(dp["allocated_peak_bytes"], a)
                dp["reserved_peak_bytes"] = max(dp["reserved_peak_bytes"], r)
            cur["devices"] = devs
            while len(agg["devices"]) < len(devs):
                agg["devices"].append({"index": len(agg["devices"]), "allocated_peak_bytes": 0,
                                       "reserved_peak_bytes": 0})
            for d, a in zip(devs, agg["devices"]):
                a["allocated_peak_bytes"] = max(a["allocated_peak_bytes"], d["allocated_peak_bytes"])
                a["reserved_peak_bytes"] = max(a["reserved_peak_bytes"], d["reserved_peak_bytes"])
        if cur["step"] < PHASE_DETAIL_STEPS:
            self.phases.append(cur)

    def step_done(self):
        self.end()
        self.step += 1

    # ---- the result
    def section(self):
        """What the probe learned, as the parts of a measurement document."""
        self.end()
        if self.watch:
            self.watch.stop()
        t = self.torch
        devices = []
        for i in range(self.ndev):
            p = t.cuda.get_device_properties(i)
            d = {"index": i, "name": p.name, "total_bytes": int(p.total_memory)}
            d.update(self.device_peaks[i])
            devices.append(d)
        soft = {"torch": str(t.__version__), "cuda": getattr(t.version, "cuda", None)}
        st = self._host_now()
        return {"phases": self.phases,
                "phase_peaks": [dict(name=k, **v) for k, v in self.maxima.items()],
                "steps": self.step, "devices": devices, "software": soft,
                "process_peak_bytes": st["VmHWM"]}


def _wrap_step(rec, fn):
    def step(*args, **kwargs):
        rec.begin("optimizer_step")
        try:
            return fn(*args, **kwargs)
        finally:
            rec.step_done()
    step.__headroom_probe__ = True
    return step


def _install_hooks(rec, torch):
    from torch.nn.modules import module as nn_module

    def pre(_mod, _inp):
        if rec.forward_depth == 0 and torch.is_grad_enabled():
            rec.begin("forward")
        elif rec.forward_depth == 0:
            rec.begin("inference")
        rec.forward_depth += 1

    def post(_mod, _inp, _out):
        rec.forward_depth = max(0, rec.forward_depth - 1)

    nn_module.register_module_forward_pre_hook(pre)
    nn_module.register_module_forward_hook(post)

    original_backward = torch.autograd.backward

    def backward(*args, **kwargs):
        rec.begin("backward")
        return original_backward(*args, **kwargs)

    torch.autograd.backward = backward   # Tensor.backward calls torch.autograd.backward

    import torch.optim.optimizer as optmod
    opt_cls = torch.optim.Optimizer
    if hasattr(optmod, "register_optimizer_step_pre_hook"):  # PyTorch >= 2.0
        optmod.register_optimizer_step_pre_hook(lambda *_: rec.begin("optimizer_step"))
        optmod.register_optimizer_step_post_hook(lambda *_: rec.step_done())
    else:  # PyTorch 1.x: wrap each optimizer's step as it is made
        original_init = opt_cls.__init__

        def init(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            if not getattr(self.step, "__headroom_probe__", False):
                self.step = _wrap_step(rec, self.step)

        opt_cls.__init__ = init


def attach(output=None, sample_host=True, first_phase="model_load"):
    """Starts recording phases in this process; returns the recorder. Idempotent.
    `first_phase` names what runs from here to the first forward."""
    global _recorder
    if _recorder is not None:
        return _recorder
    import torch  # absolute: PyTorch itself
    _recorder = Recorder(torch, output, sample_host, first_phase)
    _install_hooks(_recorder, torch)
    atexit.register(_write_at_exit)
    return _recorder


def phase(name):
    """Marks the start of a named phase (e.g. "data_load") by hand."""
    if _recorder is not None:
        _recorder.begin(name)


def _write_at_exit():
    rec = _recorder
    if rec is None:
        return
    sec = rec.section()
    report = os.environ.get(REPORT_ENV)
    if report:   # a child of `run`: the run's process writes the measurement
        with open(report, "w") as f:
            json.dump(sec, f)
        return
    from . import document
    doc = document.new("attach")
    doc["command"] = list(sys.argv)
    doc["host"] = {"peak_bytes": sec["process_peak_bytes"], "metric": "process_rss_peak"}
    doc["devices"] = sec["devices"]
    doc["software"].update(sec["software"])
    doc["phases"] = sec["phases"]
    doc["phase_peaks"] = sec["phase_peaks"]
    doc["steps"] = sec["steps"]
    path = (rec.output or os.environ.get(OUTPUT_ENV)
            or os.path.splitext(os.path.basename(sys.argv[0] or "python"))[0]
            + ".headroom-measure.json")
    document.write(doc, path)
