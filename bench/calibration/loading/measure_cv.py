"""Peak memory of scikit-learn's cross_validate with n_jobs: the sum over the process tree
of proportional set size (shared pages split between processes) plus joblib's /dev/shm
files, sampled every 20 ms. Prints the peak, the single-fit peak (no CV) and inputs."""
import glob, json, os, sys, threading, time
import numpy as np, psutil

def pss(p):
    try:
        with open(f'/proc/{p.pid}/smaps_rollup') as f:
            for line in f:
                if line.startswith('Pss:'):
                    return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0

def shm_bytes():
    total = 0
    for d in glob.glob('/dev/shm/joblib_memmapping_folder_*'):
        for root, _, files in os.walk(d):
            for f in files:
                try: total += os.path.getsize(os.path.join(root, f))
                except OSError: pass
    return total

def tree_total(me):
    procs = [me] + me.children(recursive=True)
    each = []
    for p in procs:
        try: cmd = ' '.join(p.cmdline())[-60:]
        except Exception: cmd = '?'
        each.append((pss(p), cmd))
    return sum(b for b, _ in each), each

def run(mode, n, f, folds, n_jobs, trees):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import cross_validate
    me = psutil.Process()
    rng = np.random.default_rng(0)
    X = rng.standard_normal((n, f), dtype=np.float32)
    y = rng.integers(0, 2, n).astype(np.int64)
    base, _ = tree_total(me)
    peak = [0, [], 0]
    stop = False
    def sample():
        while not stop:
            t, k = tree_total(me)
            s = shm_bytes()
            if t + s > peak[0]:
                peak[0], peak[1], peak[2] = t + s, k, s
            time.sleep(0.02)
    th = threading.Thread(target=sample); th.start()
    est = RandomForestClassifier(n_estimators=trees, max_depth=12, n_jobs=1, random_state=0)
    if mode == 'fit':
        est.fit(X, y)
    else:
        cross_validate(est, X, y, cv=folds, n_jobs=n_jobs)
    stop = True; th.join()
    print(json.dumps({'mode': mode, 'n': n, 'f': f, 'folds': folds, 'n_jobs': n_jobs, 'trees': trees,
                      'data_bytes': int(X.nbytes + y.nbytes), 'after_data_pss': base,
                      'peak_total': peak[0], 'processes_at_peak': peak[1], 'shm_at_peak': peak[2]}))

if __name__ == '__main__':
    mode, n, f, folds, n_jobs, trees = sys.argv[1], *map(int, sys.argv[2:7])
    run(mode, n, f, folds, n_jobs, trees)
