"""Samples the resident memory of a process tree (and GPU memory) at a fixed interval."""

import time

from . import gpu, procfs

INTERVAL_S = 0.05          # 50 ms between samples
TIMELINE_MAX_POINTS = 4096  # the time line is halved (keeping maxima) beyond this
SMI_INTERVAL_S = 0.5        # nvidia-smi is a process per reading: sample it less often


class TreeSampler:
    """Call sample() every INTERVAL_S while the tree lives; read the results after.

    host_peak: the largest sum of VmRSS over the tree at one sample.
    processes: every process seen, with the largest VmHWM read for it (the kernel's
    high-water mark, so a short spike between two samples is still counted per process).
    """

    def __init__(self, root_pid, with_gpu=True):
        self.root = root_pid
        self.exit_peak = 0
        self.exclude = set()        # pids in the tree not to count (the probe itself)
        self.t0 = time.monotonic()
        self.host_peak = 0
        self.samples = 0
        self.timeline = []          # [seconds since start, tree RSS bytes]
        self.stride = 1             # samples per time line point (doubles when full)
        self._pending = None
        self.processes = {}         # pid -> {"command", "peak_bytes", "first_s"}
        self.gpu_reader, self.gpu_source = (gpu.open_reader() if with_gpu else (None, None))
        self.gpu_devices, self.driver = (self.gpu_reader.describe() if self.gpu_reader
                                         else ([], None))
        self.gpu_used_peak = [0] * len(self.gpu_devices)
        self.gpu_baseline = None
        self._last_gpu = -1e9
        self.gpu_timeline = []
        if self.gpu_reader:
            self._sample_gpu(force=True)
            self.gpu_baseline = list(self.gpu_used_peak)

    def now(self):
        return time.monotonic() - self.t0

    def sample(self):
        t = self.now()
        total = 0
        for pid in procfs.tree(self.root):
            if pid in self.exclude:
                continue
            st = procfs.status(pid)
            if st is None:
                continue
            total += st["VmRSS"]
            p = self.processes.get(pid)
            if p is None:
                p = self.processes[pid] = {"pid": pid, "command": procfs.cmdline(pid),
                                           "name": st.get("Name", ""), "peak_bytes": 0,
                                           "first_s": round(t, 3)}
            elif not p["command"] or p["name"] != st.get("Name", p["name"]):
                # seen first between fork and exec: read what it became
                p["command"], p["name"] = procfs.cmdline(pid), st.get("Name", "")
            p["peak_bytes"] = max(p["peak_bytes"], st["VmHWM"], st["VmRSS"])
        self.samples += 1
        self.host_peak = max(self.host_peak, total)
        self._add_point(t, total)
        if self.gpu_reader:
            self._sample_gpu()
        return total

    def _add_point(self, t, value):
        if self._pending is None:
            self._pending = [t, value, 1]
        else:
            self._pending[1] = max(self._pending[1], value)
            self._pending[2] += 1
        if self._pending[2] >= self.stride:
            self.timeline.append([round(self._pending[0], 3), self._pending[1]])
            self._pending = None
        if len(self.timeline) >= TIMELINE_MAX_POINTS:
            self.timeline = [[a[0], max(a[1], b[1])] for a, b in
                             zip(self.timeline[0::2], self.timeline[1::2])]
            self.stride *= 2

    def _sample_gpu(self, force=False):
        t = self.now()
        if not force and self.gpu_source == "nvidia-smi" and t - self._last_gpu < SMI_INTERVAL_S:
            return
        self._last_gpu = t
        try:
            used = self.gpu_reader.used()
        except Exception:  # a reading that fails is skipped, not fatal
            return
        for i, u in enumerate(used[:len(self.gpu_used_peak)]):
            self.gpu_used_peak[i] = max(self.gpu_used_peak[i], u)
        if len(self.gpu_timeline) < TIMELINE_MAX_POINTS:
            self.gpu_timeline.append([round(t, 3)] + list(used))

    def finish(self, t_end=None):
        if self._pending is not None:
            self.timeline.append([round(self._pending[0], 3), self._pending[1]])
            self._pending = None
        if self.gpu_reader:
            self.gpu_reader.close()
        return t_end if t_end is not None else self.now()

    def record_exit_peak(self, peak_bytes, spawn_image_bytes):
        """The kernel's peak for the command at its exit (wait4's ru_maxrss): the largest
        of the command's own peak and those of the descendants it waited for, so it also
        covers a peak in the last interval before the exit. Before exec the child was a
        copy of this process, whose size the kernel counts too; a figure not above that
        size may be only that copy and is ignored."""
        if peak_bytes > spawn_image_bytes:
            self.exit_peak = peak_bytes

    def host_section(self):
        procs = sorted(self.processes.values(), key=lambda p: -p["peak_bytes"])
        largest = procs[0]["peak_bytes"] if procs else 0
        return {
            # The tree's peak: the largest sampled sum, and never less than one process's
            # own high-water mark (exact even for spikes shorter than the interval).
            "peak_bytes": max(self.host_peak, largest, self.exit_peak),
            "exit_peak_bytes": self.exit_peak,
            "metric": "tree_rss_peak",
            "sampled_peak_bytes": self.host_peak,
            "sum_of_process_peaks_bytes": sum(p["peak_bytes"] for p in procs),
            "sample_interval_ms": int(INTERVAL_S * 1000),
            "samples": self.samples,
            "processes": procs[:256],
            "timeline": self.timeline,
        }

    def device_sections(self):
        out = []
        for i, d in enumerate(self.gpu_devices):
            entry = dict(d)
            entry["used_peak_bytes"] = self.gpu_used_peak[i]
            if self.gpu_baseline is not None:
                entry["used_before_bytes"] = self.gpu_baseline[i]
            entry["used_source"] = self.gpu_source
            out.append(entry)
        return out
