"""Regenerates the stiff reference values (see README.md): python3 generate.py in this folder."""

import json

import numpy as np
import scipy
from scipy.integrate import solve_ivp


def van_der_pol(mu):
    def f(t, x):
        return [x[1], mu * (1 - x[0] ** 2) * x[1] - x[0]]

    def jac(t, x):
        return [[0.0, 1.0], [-2 * mu * x[0] * x[1] - 1, mu * (1 - x[0] ** 2)]]

    return f, jac


def robertson(t, y):
    return [
        -0.04 * y[0] + 1e4 * y[1] * y[2],
        0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2,
        3e7 * y[1] ** 2,
    ]


def robertson_jac(t, y):
    return [
        [-0.04, 1e4 * y[2], 1e4 * y[1]],
        [0.04, -1e4 * y[2] - 6e7 * y[1], -1e4 * y[1]],
        [0.0, 6e7 * y[1], 0.0],
    ]


def solve_twice(f, jac, span, x0, times, method, rtol, atol):
    """Solves with `method` at (rtol, atol), then with LSODA (a different method and code) at the same tolerances;
    returns the first's values and the largest relative gap between the two."""
    atol = np.asarray(atol)
    tight = solve_ivp(f, span, x0, method=method, jac=jac, rtol=rtol, atol=atol, t_eval=times)
    other = solve_ivp(f, span, x0, method="LSODA", jac=jac, rtol=rtol, atol=atol, t_eval=times)
    assert tight.success and other.success
    gap = np.max(np.abs(tight.y - other.y) / np.maximum(np.abs(tight.y), 1e-300))
    return tight.y.T.tolist(), float(gap)


def write(name, data):
    with open(name, "w") as out:
        json.dump(data, out, indent=1)
        out.write("\n")


f, jac = van_der_pol(1000.0)
times = [0.0, 500.0, 1000.0, 1500.0, 2000.0]
x, gap = solve_twice(f, jac, (0.0, 2000.0), [2.0, 0.0], times, "Radau", 1e-12, 1e-12)
write(
    "van-der-pol-stiff.json",
    {
        "problem": "van der Pol x'' - mu (1 - x^2) x' + x = 0 as [x, x']",
        "mu": 1000.0,
        "x0": [2.0, 0.0],
        "t": times,
        "x": x,
        "method": "Radau",
        "rtol": 1e-12,
        "atol": 1e-12,
        "self_check_max_rel_diff_vs_lsoda": gap,
        "scipy": scipy.__version__,
    },
)

times = [0.0, 0.4, 4.0, 40.0, 400.0, 4e3, 4e4, 4e5, 4e6, 4e7, 4e8, 4e9, 4e10, 1e11]
x, gap = solve_twice(robertson, robertson_jac, (0.0, 1e11), [1.0, 0.0, 0.0], times, "Radau", 1e-12, [1e-14, 1e-20, 1e-14])
write(
    "robertson.json",
    {
        "problem": "Robertson: y1' = -0.04 y1 + 1e4 y2 y3, y2' = 0.04 y1 - 1e4 y2 y3 - 3e7 y2^2, y3' = 3e7 y2^2",
        "x0": [1.0, 0.0, 0.0],
        "t": times,
        "x": x,
        "method": "Radau",
        "rtol": 1e-12,
        "atol": [1e-14, 1e-20, 1e-14],
        "self_check_max_rel_diff_vs_lsoda": gap,
        "scipy": scipy.__version__,
    },
)
