import { confirmWindow, type Level, level, resolutionAt, type Window, windowAt } from './local-picture.ts';

// Reading f around a point at distances that halve (to classify it) or double (to bound a root's doubt), with the
// windows of local-picture.ts.

/** What {@link scanDown} found. */
export interface DownScan {
  levels: Level[];
  window: Window | null;
}

/**
 * Reads f at x ∓ h for h = hmax, hmax/2, … down to hmin (and the resolution of x), at most `maxLevels` levels,
 * and stops at the first window of four levels that passes: the largest scale at which f is seen leaving x
 * cleanly. f0 is f(x).
 *
 * @example
 * ```ts
 * // sin(1/x) at its root 1/(1000π): its roots are 1e-7 apart, so the window is found near 1e-8, not at 6e-6.
 * const x = 1 / (1000 * Math.PI);
 * const scan = scanDown((y) => Math.sin(1 / y), x, Math.sin(1 / x), 6e-6, 0, 64);
 * scan.levels[scan.window!.top].h < 1e-8; // true
 * ```
 */
export function scanDown(
  f: (x: number) => number,
  x: number,
  f0: number,
  hmax: number,
  hmin: number,
  maxLevels: number,
): DownScan {
  const levels: Level[] = [];
  const floor = Math.max(hmin, resolutionAt(x));
  for (let k = 0, h = hmax; k < maxLevels && (k < Math.min(4, maxLevels) || h >= floor); k++, h /= 2) {
    levels.push(level(f, x, f0, h));
    if (levels.length >= 4) {
      const top = levels.length - 4;
      const window = windowAt(levels, top, false);
      if (window && confirmWindow(f, x, f0, levels[top]!, levels[top + 3]!, window))
        return { levels, window };
    }
  }
  return { levels, window: null };
}

/** What {@link scanUp} found: the radius within which the picture around x was not clean. */
export interface UpScan {
  /** The distance from which on the picture was clean: the smallest distance of the first clean span. Below it
   * nothing is known (noise, or roots), so a root's accuracy is at least this. */
  radius: number;
  /** False when no window was clean up to the cap: the radius is then the cap. */
  clean: boolean;
  /** With `full`: false when a window above the radius (up to dmax) was not clean: something else (another root)
   * happens at that scale. */
  settled: boolean;
  /** When not settled: the largest distance of the first window above the radius that was not clean (something
   * lies within about that distance of x). */
  disturbedAt: number;
  /** Whether any deviation read was non-zero (false: f was f(x) at every distance read). */
  moved: boolean;
}

/**
 * Reads f at x ∓ d for d = dmin, 2·dmin, … and returns the radius below which f around x is not clean (rounding
 * noise, or other roots): the smallest distance of the first window that passes. `full` keeps reading up to
 * `dmax` and says whether every window there was clean too (three roots 1e-9 apart look simple below 1e-9 and
 * like a cubic above 4e-9, but not in between). Never beyond `dcap`.
 *
 * @example
 * ```ts
 * // (x − 1)³ expanded: rounding noise of about 1e-16 hides the root within about 1e-5.
 * const p = (x: number) => ((x - 3) * x + 3) * x - 1;
 * scanUp(p, 1, p(1), 1e-15, 0, 1e-2, false).radius; // about 1e-5
 * ```
 */
export function scanUp(
  f: (x: number) => number,
  x: number,
  f0: number,
  dmin: number,
  dmax: number,
  dcap: number,
  full: boolean,
): UpScan {
  const levels: Level[] = [];
  let radius = -1;
  let settled = true;
  let disturbedAt = 0;
  let moved = false;
  for (let d = Math.max(dmin, resolutionAt(x)); d <= dcap; d *= 2) {
    const l = level(f, x, f0, d);
    levels.push(l);
    moved ||= (l.left !== null && l.left !== 0) || (l.right !== null && l.right !== 0);
    const top = levels.length - 1;
    if (top < 3) continue;
    const window = windowAt(levels, top, true);
    // Past the first clean window, a failure is what is looked for: an unconfirmed pass will do.
    const clean = window !== null && (radius >= 0 || confirmWindow(f, x, f0, l, levels[top - 3]!, window));
    if (radius < 0) {
      if (clean) radius = levels[top - 3]!.h;
      if (clean && !full) break;
    } else if (!clean && settled) {
      settled = false;
      disturbedAt = d;
    }
    if (radius >= 0 && d >= dmax) break;
  }
  if (radius < 0) {
    const last = levels.length > 0 ? levels[levels.length - 1]!.h : dcap;
    return { radius: last, clean: false, settled: false, disturbedAt: last, moved };
  }
  return { radius, clean: true, settled, disturbedAt, moved };
}
