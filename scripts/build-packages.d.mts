/** A workspace that `npm run build` compiles and `npm pack` can publish. */
export interface PublishableWorkspace {
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}

/** The publishable workspaces under `root` (those with a tsconfig.build.json), dependencies first. */
export function publishableWorkspaces(root?: string): PublishableWorkspace[];

/** Cleans and builds each publishable workspace under `root` into its dist/; returns the directories built. */
export function buildPackages(root?: string, log?: (line: string) => void): string[];
