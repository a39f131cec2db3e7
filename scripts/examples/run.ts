// Runs one documentation block through vite (so `@hcc/*` imports resolve to the packages' src/
// through the `@hcc/source` condition, as in the packages' own tests) and checks its `//=>` claims.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkClaims, createRecorder, prepareBlock } from "./claims.mjs";

export interface BlockFailure {
  readonly line: number;
  readonly message: string;
}

export interface BlockRun {
  /** How many `//=>` claims the block has (all of them checked). */
  readonly claims: number;
  /** One per wrong, unparsable or unreached claim, and one when the block threw. */
  readonly failures: readonly BlockFailure[];
  /** What the block printed outside its claimed `console.log` lines. */
  readonly printed: readonly string[];
}

declare global {
  // eslint-disable-next-line no-var
  var __hccExamples: unknown;
}

let counter = 0;

/** What a block may not do here: reach the network (a block that must is marked `no-run`). */
function offlineFetch(): Promise<never> {
  return Promise.reject(new Error('fetch: documentation examples run offline; mark a block that needs a server "ts no-run: <reason>"'));
}

/**
 * Runs `code` as a module written to `dir` and checks its claims. The block runs in an empty
 * working directory of its own (deleted afterwards), so a block that writes a file by a relative
 * name leaves nothing behind, and with a `fetch` that always fails.
 */
export async function runBlock(code: string, dir: string): Promise<BlockRun> {
  const prepared = prepareBlock(code);
  const recorder = createRecorder(prepared.claims.length);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `block_${String(counter++).padStart(4, "0")}.ts`);
  writeFileSync(file, prepared.code);
  const failures: BlockFailure[] = [];
  const cwd = process.cwd();
  const scratch = join(dir, `cwd_${String(counter).padStart(4, "0")}`);
  mkdirSync(scratch, { recursive: true });
  const realFetch = globalThis.fetch;
  globalThis.fetch = offlineFetch;
  globalThis.__hccExamples = recorder;
  process.chdir(scratch);
  try {
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  } catch (error) {
    const e = error as Error;
    failures.push({ line: -1, message: `the block threw: ${e?.stack ?? String(error)}` });
  } finally {
    process.chdir(cwd);
    globalThis.fetch = realFetch;
    globalThis.__hccExamples = undefined;
    rmSync(file, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
  if (prepared.unrecognised !== 0) {
    failures.push({ line: -1, message: `${prepared.unrecognised} "//=>" not read as a claim comment (inside a string?)` });
  }
  // Claims are checked even when the block threw: the ones before the throw say what went wrong.
  failures.push(...checkClaims(prepared.claims, recorder.values));
  return { claims: prepared.claims.length, failures, printed: recorder.printed };
}
