import { defineLibrary } from "../../tsup.base.js";

// The `hcc` command: ESM for Node, no declarations.
export default defineLibrary({ entry: ["src/cli.ts"], format: ["esm"], dts: false, target: "node20", platform: "node" });
