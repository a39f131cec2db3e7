import type { Io } from "./context.js";

/** The width a report is laid out for when nothing says otherwise (not a terminal, no `COLUMNS`). */
export const DEFAULT_COLUMNS = 80;

/**
 * The width text reports must fit: stdout's columns when it is a terminal, else `COLUMNS` (a
 * positive integer), else 80. No line of `hcc report` / `hcc demo` in table format is wider.
 */
export function terminalWidth(io: Io): number {
  if (io.stdoutColumns !== undefined && Number.isInteger(io.stdoutColumns) && io.stdoutColumns > 0) return io.stdoutColumns;
  const env = io.env["COLUMNS"]?.trim() ?? "";
  if (/^\d+$/.test(env) && Number(env) > 0) return Number(env);
  return DEFAULT_COLUMNS;
}
