"""Regenerates the reference trajectories beside this file with SciPy's DOP853.

Not needed to run the tests (the JSON files are checked in). Run from this folder:
    python3 generate.py
Each problem is solved at rtol 1e-13, atol 1e-15, sampled at 41 evenly spaced times, then re-solved at rtol 1e-11;
the largest relative difference between the two runs is stored as a self-check.
"""
import json
import numpy as np
import scipy
from scipy.integrate import solve_ivp

PROBLEMS = {
    "van-der-pol": dict(params={"mu": 1.0}, x0=[2.0, 0.0], t1=20.0,
                        f=lambda p: lambda t, x: [x[1], p["mu"] * (1 - x[0] ** 2) * x[1] - x[0]]),
    "lorenz": dict(params={"sigma": 10.0, "rho": 28.0, "beta": 8.0 / 3.0}, x0=[1.0, 1.0, 1.0], t1=2.0,
                   f=lambda p: lambda t, x: [p["sigma"] * (x[1] - x[0]), x[0] * (p["rho"] - x[2]) - x[1],
                                             x[0] * x[1] - p["beta"] * x[2]]),
    "lotka-volterra": dict(params={"a": 1.5, "b": 1.0, "c": 1.0, "d": 3.0}, x0=[10.0, 5.0], t1=15.0,
                           f=lambda p: lambda t, x: [p["a"] * x[0] - p["b"] * x[0] * x[1],
                                                     p["c"] * x[0] * x[1] - p["d"] * x[1]]),
    "pendulum": dict(params={"g_over_l": 9.81, "damping": 0.0}, x0=[2.5, 0.0], t1=10.0,
                     f=lambda p: lambda t, x: [x[1], -p["g_over_l"] * np.sin(x[0]) - p["damping"] * x[1]]),
}


def solve(spec, t, rtol):
    sol = solve_ivp(spec["f"](spec["params"]), (0.0, spec["t1"]), spec["x0"], method="DOP853",
                    rtol=rtol, atol=1e-15 if rtol == 1e-13 else 1e-13, t_eval=t)
    assert sol.success, sol.message
    return sol.y.T


for name, spec in PROBLEMS.items():
    t = np.linspace(0.0, spec["t1"], 41)
    x = solve(spec, t, 1e-13)
    check = solve(spec, t, 1e-11)
    rel = float(np.max(np.abs(x - check) / np.maximum(np.abs(x), 1e-300)))
    out = {
        "problem": name, "params": spec["params"], "x0": spec["x0"], "t0": 0.0, "t1": spec["t1"],
        "t": t.tolist(), "x": x.tolist(), "method": "DOP853", "rtol": 1e-13, "atol": 1e-15,
        "self_check_max_rel_diff_vs_rtol_1e-11": rel, "scipy": scipy.__version__,
    }
    with open(f"{name}.json", "w") as fh:
        json.dump(out, fh)
    print(f"{name}: self-check {rel:.2e}")
