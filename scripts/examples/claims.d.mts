/** A `//=>` claim of a block (see claims.mjs for the grammar). */
export interface Claim {
  readonly index: number;
  /** 0-based line in the block. */
  readonly line: number;
  readonly text: string;
  readonly kind: "value" | "log";
  readonly expected?: unknown;
  readonly problem?: string;
}
export interface PreparedBlock {
  readonly code: string;
  readonly claims: readonly Claim[];
  readonly unrecognised: number;
}
export interface Recorder {
  readonly values: unknown[][];
  readonly printed: string[];
  value(index: number, v: unknown): unknown;
  startLog(): void;
  endLog(index: number): void;
  readonly console: Record<string, (...args: unknown[]) => void>;
}
export function parseValueClaim(text: string): unknown;
export function prepareBlock(code: string): PreparedBlock;
export function createRecorder(claimCount: number): Recorder;
export function checkClaims(claims: readonly Claim[], values: readonly (readonly unknown[])[]): { line: number; message: string }[];
