import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "example-scripts", include: ["*.test.ts"], environment: "node", testTimeout: 60_000 },
});
