import { defineLibrary } from "../../tsup.base.js";

// The `hcc` command: one ESM file for Node. No source maps: the tarball ships no `src/` to point at,
// and the unminified output reads well in a stack trace.
export default defineLibrary({ entry: ["src/cli.ts"], format: ["esm"], dts: false, sourcemap: false, target: "node20", platform: "node" });
