import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@hcc/source"] },
  ssr: { resolve: { conditions: ["@hcc/source"] } },
  test: {
    name: "sql",
    include: ["src/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});
