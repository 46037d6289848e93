import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** A place where a tracked file names a path outside the repository. */
export interface OutsidePath {
  file: string;
  line: number;
  text: string;
}

// A relative path in quotes ('../x', "../../x", `../x`), as used by imports, new URL(…) and fs calls.
const RELATIVE_LITERAL = /(['"`])((?:\.\.\/)+[^'"`\s]*)\1/g;
// Names of the folder that sits beside the repository on the team's machines, however they are reached.
const SHARED_NAME = /(^|[^\w-])shared\/(reference|seeds|hooks|STYLE|TOOLCHAIN)/;
// Absolute paths into the team's workspace.
const WORKSPACE_ABSOLUTE = /(['"`])\/work\//;

/**
 * Lists every line of `text` (the content of `file`, a path relative to `root`) that reads data from above the
 * repository root: a relative literal that resolves outside it, the sibling `shared/` folder by name, or an absolute
 * path into the workspace. System tools (/usr/bin/chromium) are not data and are not flagged.
 */
export function findOutsidePaths(root: string, file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const folder = dirname(resolve(root, file));
  text.split('\n').forEach((line, i) => {
    let outside = SHARED_NAME.test(line) || WORKSPACE_ABSOLUTE.test(line);
    for (const match of line.matchAll(RELATIVE_LITERAL)) {
      const target = relative(root, resolve(folder, match[2]!));
      if (target.startsWith('..') || isAbsolute(target)) outside = true;
    }
    if (outside) found.push({ file, line: i + 1, text: line.trim() });
  });
  return found;
}
