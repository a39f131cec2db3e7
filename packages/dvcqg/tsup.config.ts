import { defineLibrary } from "../../tsup.base.js";

export default defineLibrary({ entry: ["src/index.ts", "src/node.ts"] });
