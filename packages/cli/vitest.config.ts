import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@hcc/source"] },
  ssr: { resolve: { conditions: ["@hcc/source"] } },
  test: {
    name: "cli",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // The integration tests run the built `hcc` binary: the global setup builds it and the
    // packages it imports (turbo, cached), or only checks dist/ when HCC_CLI_SKIP_BUILD=1.
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
