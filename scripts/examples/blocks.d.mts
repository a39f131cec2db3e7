/** A ```ts block of the documentation (see blocks.mjs). */
export interface DocBlock {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The 1-based line of the block's first code line in `file`. */
  readonly line: number;
  /** `file:line`. */
  readonly from: string;
  readonly code: string;
  /** The fence's info string after `ts` (read it with {@link noRunReason}). */
  readonly info: string;
}
export function collectBlocks(root: string): DocBlock[];
export function noRunReason(info: string): string | undefined;
/** Each `//=>` of the documentation sources outside a ```ts block, as "file:line". */
export function strayClaims(root: string): string[];
