"""Resident memory of processes, read from /proc (Linux)."""

import os

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def status(pid):
    """VmRSS and VmHWM of `pid` in bytes, and its name; None when it is gone."""
    out = {}
    try:
        with open("/proc/%d/status" % pid, "rb") as f:
            for line in f:
                if line.startswith((b"VmRSS:", b"VmHWM:")):
                    key, val = line.split(b":", 1)
                    out[key.decode()] = int(val.split()[0]) * 1024
                elif line.startswith(b"Name:"):
                    out["Name"] = line.split(b":", 1)[1].strip().decode(errors="replace")
    except (OSError, ValueError, IndexError):
        return None
    # Kernel threads and zombies have no Vm lines: they hold no user memory.
    out.setdefault("VmRSS", 0)
    out.setdefault("VmHWM", out["VmRSS"])
    return out


def children_of(pid):
    """Direct children of `pid` (from /proc/PID/task/*/children, Linux >= 3.5)."""
    kids = []
    try:
        tasks = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return kids
    for tid in tasks:
        try:
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids.extend(int(x) for x in f.read().split())
        except (OSError, ValueError):
            continue
    return kids


def children_by_scan(pid):
    """Direct children found by scanning every /proc/PID/stat (when the kernel lacks
    task/children)."""
    kids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as f:
                data = f.read()
            # the command sits in parentheses and may contain spaces: split after it
            ppid = int(data[data.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            kids.append(int(name))
    return kids


_HAVE_CHILDREN_FILE = os.path.exists("/proc/self/task/%d/children" % os.getpid())


def tree(root):
    """`root` and all its descendants alive now."""
    seen, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.append(pid)
        todo.extend(children_of(pid) if _HAVE_CHILDREN_FILE else children_by_scan(pid))
    return seen


def cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            parts = f.read().split(b"\0")
        return " ".join(p.decode(errors="replace") for p in parts if p)[:200]
    except OSError:
        return ""


def total_ram():
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None
