"""headroom-probe: measure the memory a real (or synthetic) machine-learning run uses.

Three ways in, one file out (``*.headroom-measure.json``, format in docs/format.md):

* ``python3 -m headroom_probe run -o OUT -- COMMAND...`` samples the resident memory of
  a command's whole process tree and the GPUs' memory while it runs;
* ``import headroom_probe; headroom_probe.torch.attach()`` inside a training script
  records per-phase peaks (model load, forward, backward, optimizer step);
* ``python3 -m headroom_probe synth SCENARIO -o OUT`` builds the scenario's network with
  random weights, runs its steps on random data and measures them.

Standard library only; PyTorch is used when it is present.
"""

__version__ = "0.1.0"

# The measurement format this package writes (see docs/format.md).
FORMAT_VERSION = 1

from . import torch  # noqa: E402,F401  (our module; it imports PyTorch only when attached)
