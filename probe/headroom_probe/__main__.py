"""python3 -m headroom_probe run|synth ... (see --help)."""

import argparse
import os
import sys


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_synth-worker"]:
        from . import synth
        return synth.worker(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python3 -m headroom_probe",
        description="Measure the memory of a real or synthetic machine-learning run and "
                    "write it as a *.headroom-measure.json file.")
    sub = parser.add_subparsers(dest="mode", required=True)
    p_run = sub.add_parser("run", help="run a command and measure its whole process tree",
                           description="Samples the resident memory of COMMAND's process tree "
                                       "every 50 ms and at exit, and GPU memory when NVIDIA's "
                                       "driver is there. Exits with COMMAND's status.")
    p_run.add_argument("-o", "--output", required=True, help="the measurement file to write")
    p_run.add_argument("--scenario", help="the scenario file this run belongs to (kept in the "
                                          "measurement, so a reader can check it matches)")
    p_run.add_argument("--no-gpu", action="store_true", help="do not read GPU memory")
    p_run.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")
    p_syn = sub.add_parser("synth", help="run a synthetic copy of a scenario and measure it",
                           description="Builds the scenario's network with random weights, "
                                       "runs its steps on random data of its shapes and "
                                       "measures them (PyTorch needed).")
    p_syn.add_argument("scenario", help="a scenario file (*.headroom.json)")
    p_syn.add_argument("-o", "--output", required=True, help="the measurement file to write")
    p_syn.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    p_syn.add_argument("--steps", type=int, default=3,
                       help="optimizer steps or inference batches (default 3)")
    p_syn.add_argument("--threads", type=int, default=0,
                       help="PyTorch threads (0: PyTorch's default)")
    args = parser.parse_args(argv)

    from . import runner
    if args.mode == "run":
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        if not command:
            parser.error("run needs a command after --")
        return runner.run(command, args.output, scenario=args.scenario,
                          with_gpu=not args.no_gpu)
    if args.steps < 1:
        parser.error("--steps must be >= 1")
    env = dict(os.environ)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if args.threads > 0:   # fixed before the child imports numpy / PyTorch
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = str(args.threads)
    command = [sys.executable, "-m", "headroom_probe", "_synth-worker", args.scenario,
               args.device, str(args.steps), str(args.threads)]
    rc = runner.run(command, args.output, mode="synth", scenario=args.scenario, env=env,
                    with_gpu=args.device == "cuda")
    if rc != 0:
        try:
            os.unlink(args.output)   # a refused or failed synth leaves no measurement
        except OSError:
            pass
    return rc


if __name__ == "__main__":
    sys.exit(main())
