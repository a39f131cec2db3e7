/**
 * Worker-thread entry of {@link ingestFile}'s parallel mode: aggregates one byte range of a CSV
 * file and posts back its partial state. Loaded by path from the built package (`dist/worker.js`);
 * not meant to be imported.
 *
 * @packageDocumentation
 */
import { parentPort, workerData } from "node:worker_threads";
import { runRange, type RangeTask } from "./_internal/range.js";

runRange(workerData as RangeTask).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ ok: false, code: "parse_error", message: String(error), value: undefined, lines: 0 }),
);
