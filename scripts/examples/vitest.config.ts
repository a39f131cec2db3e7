// The documentation examples project ("doc-examples"): runs every ```ts block of the TSDoc
// comments, the READMEs and docs/*.md, and checks each `//=>` claim (scripts/examples/claims.mjs).
// In the root `projects` list, so `npm test` runs it under both time zones.
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@hcc/source"] },
  ssr: { resolve: { conditions: ["@hcc/source"] } },
  test: {
    name: "doc-examples",
    root: new URL(".", import.meta.url).pathname,
    include: ["*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
