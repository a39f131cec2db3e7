/** One changeset: its file name, the bump per package and the summary. */
export interface Changeset {
  readonly name: string;
  readonly bumps: Map<string, "major" | "minor" | "patch">;
  readonly summary: string;
}
export function readChangeset(file: string): Changeset;
export function nextVersion(version: string, bump: string): string;
export function changesPage(root: string): string;
export function writeChangesPage(root: string): string;
