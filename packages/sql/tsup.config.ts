import { defineLibrary } from "../../tsup.base.js";

export default defineLibrary({
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  external: ["@duckdb/node-api"],
});
