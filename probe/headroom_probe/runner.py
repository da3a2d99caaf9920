"""`run`: runs a command and measures its process tree until the command exits."""

import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

from . import document, procfs, sampler
from .torch import REPORT_ENV

PR_SET_CHILD_SUBREAPER = 36


def _become_subreaper():
    """Orphaned grandchildren (a launcher that exits before its workers) are re-parented
    to this process instead of init, so they stay in the measured tree."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _exit_code(status):
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def run(command, output, mode="run", scenario=None, env=None, with_gpu=True):
    """Runs `command`, writes the measurement to `output`, returns the command's exit
    status (128 + signal when a signal ended it)."""
    subreaper = _become_subreaper()
    fd, report = tempfile.mkstemp(prefix="headroom-probe-", suffix=".json")
    os.close(fd)
    os.unlink(report)   # the child creates it when it attaches
    child_env = dict(os.environ if env is None else env)
    child_env[REPORT_ENV] = report
    started = time.time()
    own = procfs.status(os.getpid()) or {"VmHWM": 0}
    spawn_image = own["VmHWM"]
    try:
        proc = subprocess.Popen(command, env=child_env)
    except OSError as e:
        print("headroom_probe run: cannot start %s: %s" % (command[0], e), file=sys.stderr)
        return 127
    # The tree is everything under this process but this process itself: the command and
    # whatever it starts, orphans included (subreaper).
    s = sampler.TreeSampler(proc.pid, with_gpu=with_gpu)
    if subreaper:
        s.root = os.getpid()
        s.exclude = {os.getpid()}
    forwarded = []

    def forward(signum, _frame):
        forwarded.append(signum)
        try:
            proc.send_signal(signum)
        except OSError:
            pass

    old = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    status, usage = 0, None
    try:
        while True:
            tick = time.monotonic()
            s.sample()
            pid, st, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                status, usage = st, ru
                break
            time.sleep(max(0.0, sampler.INTERVAL_S - (time.monotonic() - tick)))
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
    proc.returncode = _exit_code(status)   # reaped here, so Popen must not wait again
    duration = s.finish()
    # wait4's ru_maxrss (KiB): the kernel's peak for the command's process and the
    # descendants it reaped -- exact even when a peak came after the last sample.
    s.record_exit_peak(usage.ru_maxrss * 1024, spawn_image)
    _reap_orphans()

    doc = document.new(mode)
    doc["command"] = list(command)
    doc["exit_status"] = proc.returncode
    doc["started"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
    doc["duration_s"] = round(duration, 3)
    doc["host"] = s.host_section()
    devices = s.device_sections()
    if s.driver:
        doc["software"]["driver"] = s.driver
    child = _read_json(report)
    if child:
        doc["software"].update({k: v for k, v in child.get("software", {}).items() if v})
        devices = _merge_devices(devices, child.get("devices", []))
        doc["phases"] = child.get("phases", [])
        doc["phase_peaks"] = child.get("phase_peaks", [])
        doc["steps"] = child.get("steps", 0)
    synth = _read_json(report + ".synth")
    if synth is not None:
        doc["synth"] = synth
    doc["devices"] = devices
    if scenario:
        doc["scenario"] = document.scenario_section(scenario)
    document.write(doc, output)
    for p in (report, report + ".synth"):
        try:
            os.unlink(p)
        except OSError:
            pass
    return proc.returncode


def _reap_orphans():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _merge_devices(sampled, from_torch):
    """One entry per device: the driver's used-memory peak (sampled) beside PyTorch's
    allocated/reserved peaks (reported by the attached process)."""
    by_index = {d["index"]: dict(d) for d in sampled}
    for d in from_torch:
        entry = by_index.setdefault(d["index"], {"index": d["index"]})
        for k in ("name", "total_bytes"):
            entry.setdefault(k, d.get(k))
        entry["allocated_peak_bytes"] = d.get("allocated_peak_bytes")
        entry["reserved_peak_bytes"] = d.get("reserved_peak_bytes")
    return [by_index[i] for i in sorted(by_index)]
