import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@hcc/source"] },
  ssr: { resolve: { conditions: ["@hcc/source"] } },
  test: {
    name: "examples",
    include: ["src/**/*.test.ts"],
    environment: "node",
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});
