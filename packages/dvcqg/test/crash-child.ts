// The process the crash test kills: one `syncBatch` of the test's dossiers against the loopback
// portal, with the file checkpoint store. The test bundles this file (from source, through the
// `@hcc/source` condition) into one .mjs and runs it with plain `node`, so that SIGKILL hits a
// real process with a real file on disk. Argument: one JSON object (see `CrashChildArgs`). Prints
// one JSON line with the report's figures; exits 0 when the batch is complete, 3 otherwise.
import { createSyncClient } from "@hcc/dvcqg";
import { createFileCheckpointStore } from "@hcc/dvcqg/node";
import { crashBatch, type CrashChildArgs } from "./crash-batch.js";

const args = JSON.parse(process.argv[2] ?? "{}") as CrashChildArgs;
const client = createSyncClient({
  endpoint: args.url,
  authEndpoint: args.authUrl,
  username: "h07",
  password: "secret",
  unitCode: "000.00.00.H07",
  retries: 2,
  backoffMs: 20,
  timeoutMs: 3_000,
});
const report = await client.syncBatch(crashBatch(args.dossiers, args.events), {
  store: createFileCheckpointStore(args.checkpoint),
  progressChunkSize: args.chunk,
});
process.stdout.write(
  `${JSON.stringify({ complete: report.complete, sent: report.sent, updated: report.updated, unchanged: report.unchanged, failed: report.failed, maybeRepeated: report.progressMaybeRepeated })}\n`,
);
process.exitCode = report.complete ? 0 : 3;
