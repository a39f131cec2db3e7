// The one vitest configuration of the packages: each `packages/*/vitest.config.ts` calls
// `packageProject(name)` (adding options of its own). Tests resolve `@hcc/*` imports to the sibling
// package's `src/` through the `@hcc/source` export condition, so they need no build.
import { defineProject, mergeConfig, type UserWorkspaceConfig } from "vitest/config";

/** A package's vitest project: `src/**\/*.test.ts`, type tests in `src/**\/*.test-d.ts`. */
export function packageProject(name: string, overrides: UserWorkspaceConfig = {}): UserWorkspaceConfig {
  const base = defineProject({
    resolve: { conditions: ["@hcc/source"] },
    ssr: { resolve: { conditions: ["@hcc/source"] } },
    test: {
      name,
      include: ["src/**/*.test.ts"],
      environment: "node",
      // Timeouts catch hangs, not slowness (speed is measured in bench/): a loaded CI machine with
      // coverage on runs the 9,000-dossier tests well past vitest's 5 s default.
      testTimeout: 30_000,
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
    },
  });
  return mergeConfig(base, overrides);
}
