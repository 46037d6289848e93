/** Returns the first executable Chromium found (PHASEFLOW_CHROMIUM, Debian's paths, then PATH), or undefined. */
export function findChromium(env?: Record<string, string | undefined>): string | undefined;
