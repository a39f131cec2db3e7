import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError, type Lang } from "./context.js";

/** The options every subcommand understands. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
  debug: { type: "boolean" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The `--format` option, for the commands that have it. */
export const FORMAT_OPTION = { format: { type: "string", short: "f" } } as const satisfies NonNullable<ParseArgsConfig["options"]>;

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `node:util` parseArgs with strict checking, turned into a {@link CliError} on failure. */
export function parse<O extends Options>(command: string, argv: readonly string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    throw new CliError(`hcc ${command}: ${message.replace(/\. To specify a positional argument.*$/, "")} (see hcc ${command} --help)`);
  }
}

/** Resolves the language: `--lang`, else `HCC_LANG`, else `vi` when `LANG` starts with `vi`, else `en`. */
export function langOf(command: string, value: unknown, env: Readonly<Record<string, string | undefined>>): Lang {
  if (value === undefined) {
    const fromEnv = env["HCC_LANG"] ?? "";
    if (fromEnv === "vi" || fromEnv === "en") return fromEnv;
    return (env["LANG"] ?? "").toLowerCase().startsWith("vi") ? "vi" : "en";
  }
  if (value === "vi" || value === "en") return value;
  throw new CliError(`hcc ${command}: --lang must be vi or en, got ${JSON.stringify(value)}`);
}

/** Validates `--format` against the formats a command supports (the first is the default). */
export function formatOf<F extends string>(command: string, value: unknown, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0] as F;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as F;
  throw new CliError(`hcc ${command}: --format must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

/** A number option: finite, non-negative. */
export function numberOf(command: string, name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) {
    throw new CliError(`hcc ${command}: --${name} must be a non-negative number, got ${JSON.stringify(value)}`);
  }
  return n;
}
