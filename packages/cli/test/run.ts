import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Path of the committed bin shim. */
export const HCC = fileURLToPath(new URL("../bin/hcc.js", import.meta.url));

/** Result of one `hcc` run. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `hcc` as a subprocess (English messages unless `--lang` says otherwise). */
export function hcc(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [HCC, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: "utf8",
    env: { ...process.env, LANG: "C", HCC_LANG: "", ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
