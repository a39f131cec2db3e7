import { rm } from "node:fs/promises";
import { defineLibrary } from "../../tsup.base.js";

export default defineLibrary({
  // `index` is the browser-safe entry, `node` the file reader (`@hcc/stats/node`); `worker` is the
  // worker_threads entry of parallel ingestion, loaded by path (`dist/worker.js`) from both the
  // ESM and the CJS build of `node`, so its CJS twin is deleted.
  entry: ["src/index.ts", "src/node.ts", "src/worker.ts"],
  dts: { entry: ["src/index.ts", "src/node.ts"] },
  shims: true,
  // CJS too: one copy of the shared code (and of its classes) behind `index.cjs` and `node.cjs`.
  splitting: true,
  async onSuccess() {
    await rm("dist/worker.cjs", { force: true });
  },
});
