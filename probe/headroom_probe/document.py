"""The measurement document (*.headroom-measure.json, format version 1)."""

import datetime
import hashlib
import json
import os
import platform
import sys

from . import FORMAT_VERSION, __version__, procfs


def software():
    """Versions of what ran: Python, and PyTorch/CUDA when already imported or present."""
    out = {"python": platform.python_version(), "os": platform.platform()}
    torch = sys.modules.get("torch")
    if torch is not None and hasattr(torch, "__version__"):
        out["torch"] = str(torch.__version__)
        out["cuda"] = getattr(torch.version, "cuda", None)
        try:
            if torch.cuda.is_available():
                out["cudnn"] = torch.backends.cudnn.version()
        except Exception:
            pass
    tv = sys.modules.get("torchvision")
    if tv is not None:
        out["torchvision"] = str(getattr(tv, "__version__", ""))
    return out


def hardware():
    return {"cpu": procfs.cpu_model(), "cpus": os.cpu_count(), "ram_bytes": procfs.total_ram(),
            "machine": platform.machine()}


def scenario_section(path):
    """The scenario this measurement belongs to: its file name, hash and whole document
    (so that a reader can say which fields differ from the scenario it holds)."""
    with open(path, "rb") as f:
        raw = f.read()
    doc = json.loads(raw.decode("utf-8"))
    return {"file": os.path.basename(path), "sha256": hashlib.sha256(raw).hexdigest(),
            "document": doc}


def new(mode):
    return {
        "headroom_measure": FORMAT_VERSION,
        "mode": mode,
        "tool": {"name": "headroom-probe", "version": __version__},
        "created": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
                   .isoformat().replace("+00:00", "Z"),
        "software": software(),
        "hardware": hardware(),
    }


def write(doc, path):
    """Writes atomically (a temporary file renamed over the target)."""
    tmp = "%s.tmp-%d" % (path, os.getpid())
    with open(tmp, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    os.replace(tmp, path)
