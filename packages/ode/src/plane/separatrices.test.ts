import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { competition, pendulum } from '../../test/plane-systems.ts';
import { type PhaseflowError, separatrices } from '../index.ts';

/** 4∫₀^{π/2} √(1 + sin²u) du by composite Simpson with 2000 panels: the length of the undamped pendulum's
 * separatrix y = 2cos(θ/2) from −π to π (dy/dθ = −sin(θ/2)). */
function separatrixLength(): number {
  const n = 2000;
  const h = Math.PI / 2 / n;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    const w = k === 0 || k === n ? 1 : k % 2 === 1 ? 4 : 2;
    sum += w * Math.sqrt(1 + Math.sin(k * h) ** 2);
  }
  return (4 * sum * h) / 3;
}

describe('separatrices(f, saddle, options)', () => {
  test('undamped pendulum: the branches of (π, 0) run on the energy level y²/2 − cos θ = 1 to the next saddles', () => {
    const r = separatrices(
      pendulum(0),
      { x: 3.1, y: 0.01 },
      {
        box: [
          [-7, 7],
          [-3, 3],
        ],
      },
    );
    expectClose('saddle θ', r.saddle[0], Math.PI, 1e-14);
    expect(r.branches.map((b) => [b.manifold, b.side])).toEqual([
      ['unstable', 1],
      ['unstable', -1],
      ['stable', 1],
      ['stable', -1],
    ]);
    for (const b of r.branches) {
      for (let k = 0; k < b.curve.length; k += 2) {
        expectClose('energy', b.curve[k + 1]! ** 2 / 2 - Math.cos(b.curve[k]!), 1, 1e-6);
      }
    }
    // Toward −π the heteroclinic orbit stays in the box and ends at the saddle (−π, 0), forward and backward.
    const toLeft = r.branches.filter((b) => b.status === 'equilibrium');
    expect(toLeft.length).toBe(2);
    for (const b of toLeft) {
      expectClose('end θ', b.end![0], -Math.PI, 1e-12);
      expectClose('length', b.length, separatrixLength(), 2e-3);
    }
    // Toward 3π it leaves the box at θ = 7.
    for (const b of r.branches.filter((b) => b.status !== 'equilibrium')) {
      expect(b.status).toBe('left-box');
      expectClose('exit θ', b.curve[b.curve.length - 2]!, 7, 1e-9);
    }
  });

  test('damped pendulum: both unstable branches fall into the neighbouring bottoms, the stable ones leave the box', () => {
    const r = separatrices(pendulum(0.5), [Math.PI, 0], {
      box: [
        [-4, 10],
        [-4, 4],
      ],
    });
    expect(r.branches.map((b) => b.status)).toEqual(['equilibrium', 'equilibrium', 'left-box', 'left-box']);
    const ends = r.branches
      .slice(0, 2)
      .map((b) => b.end![0])
      .sort((a, b) => a - b);
    expectClose('left bottom', ends[0]!, 0, 1e-9);
    expectClose('right bottom', ends[1]!, 2 * Math.PI, 1e-9);
    expect(r.branches[0]!.time).toBeGreaterThan(0);
    expect(r.branches[2]!.time).toBeLessThan(0); // stable branches are traced backward
  });

  test('competition: the saddle (1, 1) sends its unstable branches to the two stable nodes; its stable manifold splits the basins', () => {
    const r = separatrices(competition, [1, 1], {
      box: [
        [-0.5, 3.5],
        [-0.5, 3],
      ],
    });
    const ends = r.branches.slice(0, 2).map((b) => b.end);
    expect(ends.map((e) => [Math.round(e![0]) + 0, Math.round(e![1]) + 0]).sort()).toEqual([
      [0, 2],
      [3, 0],
    ]);
    // Backward, the stable manifold comes from the unstable node (0, 0) on one side and from far away on the other.
    expect(
      r.branches
        .slice(2)
        .map((b) => b.status)
        .sort(),
    ).toEqual(['equilibrium', 'left-box']);
  });

  test('caps end a branch with a status: length-cap without a box, and the time cap', () => {
    const r = separatrices(pendulum(0), [Math.PI, 0], { maxLength: 2 });
    expect(r.branches.every((b) => b.status === 'length-cap' && b.length >= 2 && b.length < 2.1)).toBe(true);
    const t = separatrices(pendulum(0), [Math.PI, 0], { maxTime: 3 });
    expect(t.branches.every((b) => b.status === 'time-cap' && Math.abs(b.time) === 3)).toBe(true);
  });

  test('a point that is not near a saddle, or a bad option, throws coded errors', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as PhaseflowError).code;
      }
      return 'none';
    };
    expect(code(() => separatrices(pendulum(0), [0, 0]))).toBe('ERR_INVALID_ARG'); // a center
    expect(code(() => separatrices((_x, _t, d) => d.fill(1), [0, 0]))).toBe('ERR_INVALID_ARG'); // no fixed point
    expect(code(() => separatrices(pendulum(0), [Number.NaN, 0]))).toBe('ERR_INVALID_ARG');
    expect(code(() => separatrices(pendulum(0), [1, 2, 3]))).toBe('ERR_INVALID_ARG');
    expect(code(() => separatrices(pendulum(0), [Math.PI, 0], { offset: -1 }))).toBe('ERR_INVALID_ARG');
    expect(code(() => separatrices(pendulum(0), [Math.PI, 0], { step: 1 } as never))).toBe(
      'ERR_UNKNOWN_OPTION',
    );
  });
});
