"""NVIDIA GPU memory as the driver reports it (what nvidia-smi shows): through NVML
(libnvidia-ml, loaded with ctypes) when it is there, else by running nvidia-smi.

The figure is the device's used memory, every process on it included: run the job on
otherwise idle GPUs for it to mean the job's memory.
"""

import ctypes
import shutil
import subprocess


class _Memory(ctypes.Structure):
    _fields_ = [("total", ctypes.c_ulonglong), ("free", ctypes.c_ulonglong),
                ("used", ctypes.c_ulonglong)]


class Nvml:
    """The few NVML calls needed; raises OSError when NVML is missing or fails."""

    def __init__(self):
        self.lib = ctypes.CDLL("libnvidia-ml.so.1")
        self._check(self.lib.nvmlInit_v2())
        count = ctypes.c_uint(0)
        self._check(self.lib.nvmlDeviceGetCount_v2(ctypes.byref(count)))
        self.handles = []
        for i in range(count.value):
            h = ctypes.c_void_p()
            self._check(self.lib.nvmlDeviceGetHandleByIndex_v2(i, ctypes.byref(h)))
            self.handles.append(h)

    @staticmethod
    def _check(rc):
        if rc != 0:
            raise OSError("NVML call failed with status %d" % rc)

    def used(self):
        """Used bytes per device, in index order."""
        out = []
        for h in self.handles:
            m = _Memory()
            self._check(self.lib.nvmlDeviceGetMemoryInfo(h, ctypes.byref(m)))
            out.append(m.used)
        return out

    def describe(self):
        """Name and total memory per device, and the driver version."""
        devices = []
        for i, h in enumerate(self.handles):
            name = ctypes.create_string_buffer(96)
            self._check(self.lib.nvmlDeviceGetName(h, name, 96))
            m = _Memory()
            self._check(self.lib.nvmlDeviceGetMemoryInfo(h, ctypes.byref(m)))
            devices.append({"index": i, "name": name.value.decode(errors="replace"),
                            "total_bytes": m.total})
        drv = ctypes.create_string_buffer(80)
        driver = None
        if self.lib.nvmlSystemGetDriverVersion(drv, 80) == 0:
            driver = drv.value.decode(errors="replace")
        return devices, driver

    def close(self):
        try:
            self.lib.nvmlShutdown()
        except OSError:
            pass


class NvidiaSmi:
    """The same figures from `nvidia-smi --query-gpu` (slower: one process per reading)."""

    def __init__(self):
        self.exe = shutil.which("nvidia-smi")
        if not self.exe:
            raise OSError("nvidia-smi not found")
        self.rows = self._query("index,name,memory.total,memory.used,driver_version")

    def _query(self, fields):
        out = subprocess.run([self.exe, "--query-gpu=" + fields, "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=10, check=True).stdout
        return [[c.strip() for c in line.split(",")] for line in out.splitlines() if line.strip()]

    def used(self):
        # nvidia-smi reports MiB
        return [int(float(r[0])) * 1048576 for r in self._query("memory.used")]

    def describe(self):
        devices = [{"index": int(r[0]), "name": r[1], "total_bytes": int(float(r[2])) * 1048576}
                   for r in self.rows]
        return devices, (self.rows[0][4] if self.rows else None)

    def close(self):
        pass


def open_reader():
    """(reader, source name) for the first way that works, or (None, None)."""
    for cls, source in ((Nvml, "nvml"), (NvidiaSmi, "nvidia-smi")):
        try:
            reader = cls()
        except (OSError, subprocess.SubprocessError, ValueError, IndexError, AttributeError):
            continue
        if not reader.describe()[0]:
            reader.close()
            continue
        return reader, source
    return None, None
