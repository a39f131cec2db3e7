import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", "examples", "scripts/examples"],
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**/*.ts"],
      exclude: ["**/*.test.ts", "**/*.test-d.ts", "**/*.bench.ts", "packages/*/src/**/generated/**"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "coverage",
      // Line coverage floors per package (measured 2026-12-03: core 99.2, calendar 99.8, sla 95.2,
      // stats 95.8, rules 99.9, dvcqg 98.5, examples 98.6, sql 96.4, cli 89.5 — the CLI's subprocess tests
      // are not counted, hence its lower floor).
      thresholds: {
        "packages/core/src/**": { lines: 90 },
        "packages/calendar/src/**": { lines: 90 },
        "packages/sla/src/**": { lines: 90 },
        "packages/stats/src/**": { lines: 90 },
        "packages/rules/src/**": { lines: 90 },
        "packages/dvcqg/src/**": { lines: 90 },
        "packages/examples/src/**": { lines: 90 },
        "packages/cli/src/**": { lines: 85 },
        "packages/sql/src/**": { lines: 90 },
      },
    },
  },
});
