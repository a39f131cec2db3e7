import { defineConfig } from "tsup";

export default defineConfig({
  // worker.ts is the worker_threads entry of parallel ingestion, loaded by path (dist/worker.js).
  entry: ["src/index.ts", "src/worker.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  shims: true,
  target: "es2022",
});
