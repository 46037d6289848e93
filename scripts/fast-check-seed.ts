import fc from 'fast-check';

// One seed for every property test of a run. The default is fixed, so a green CI run stays green and a red one
// replays exactly; FC_SEED=random draws a fresh seed (printed by fast-check on failure) to look for new cases.
const DEFAULT_SEED = 20_261_124;
const requested = process.env.FC_SEED;
const seed =
  requested === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : requested !== undefined && requested !== ''
      ? Number(requested)
      : DEFAULT_SEED;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random". Value: ${requested}`);
fc.configureGlobal({ seed });
