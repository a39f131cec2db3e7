import { isHccError, type Lang } from "@hcc/core";

/** The language of messages and reports: core's. */
export type { Lang };

/** Where a command writes, and what it knows about its terminal. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
  /** The width of stdout when it is a terminal (`process.stdout.columns`); reports fit it. */
  readonly stdoutColumns?: number | undefined;
  /** The working directory for relative paths. */
  readonly cwd: string;
  /** Environment variables (for the default language). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A user error: bad usage or unreadable input. Exit code 2 unless given. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** One line naming the problem (no stack), for any thrown value. */
export function oneLine(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (isHccError(error)) return `${error.message} [${error.code}]`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return (error as Error).message;
  if (typeof code === "string" && ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EMFILE"].includes(code)) {
    const path = (error as { path?: unknown }).path;
    const what = { ENOENT: "no such file", EACCES: "permission denied", EISDIR: "is a directory", ENOTDIR: "not a directory", EMFILE: "too many open files" }[code];
    return `cannot read ${typeof path === "string" ? path : "input"}: ${what}`;
  }
  if (error instanceof Error) return `internal error: ${error.message.split("\n")[0] ?? ""} (run with --debug for the stack trace)`;
  return `internal error: ${String(error)}`;
}
