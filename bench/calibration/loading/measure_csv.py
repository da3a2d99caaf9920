"""Peak resident memory of pandas.read_csv on a numeric CSV: the parse transient beyond the frame."""
import json, os, resource, subprocess, sys

def status(field):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                return int(line.split()[1]) * 1024
    raise KeyError(field)

def child(path, how):
    import gc
    import numpy as np
    import pandas as pd
    gc.collect()
    base = status('VmRSS')
    # VmHWM resets only per process; read the high-water mark after the load
    if how == 'pandas':
        df = pd.read_csv(path)
        X = df.to_numpy()
    else:
        X = np.loadtxt(path, delimiter=',', skiprows=1)
    gc.collect()
    after = status('VmRSS')
    peak = status('VmHWM')
    print(json.dumps({'baseline': base, 'after': after, 'peak': peak, 'frame': int(X.nbytes),
                      'shares_frame': bool(np.shares_memory(X, df.values)) if how == 'pandas' else None}))

if __name__ == '__main__':
    if sys.argv[1] == 'child':
        child(sys.argv[2], sys.argv[3]); sys.exit()
    import numpy as np
    rows, cols = int(sys.argv[1]), int(sys.argv[2])
    path = f'/tmp/m_{rows}_{cols}.csv'
    if not os.path.exists(path):
        rng = np.random.default_rng(0)
        data = rng.standard_normal((rows, cols))
        np.savetxt(path, data, delimiter=',', fmt='%.17g', header=','.join(f'f{i}' for i in range(cols)), comments='')
    size = os.path.getsize(path)
    for how in sys.argv[3:] or ['pandas']:
        out = [json.loads(subprocess.check_output([sys.executable, __file__, 'child', path, how])) for _ in range(3)]
        out.sort(key=lambda r: r['peak'])
        m = out[1]
        print(json.dumps({'rows': rows, 'cols': cols, 'file_bytes': size, 'how': how, **m,
                          'transient': m['peak'] - m['baseline'] - m['frame'],
                          'transient_over_frame': round((m['peak'] - m['baseline'] - m['frame']) / m['frame'], 3)}))
