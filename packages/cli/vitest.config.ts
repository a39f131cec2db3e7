import { packageProject } from "../../vitest.base.js";

export default packageProject("cli", {
  test: {
    typecheck: { enabled: false },
    // The integration tests run the built `hcc` binary: the global setup builds it and the
    // packages it imports (`turbo run build --filter=@hcc/cli...`, cached), or only checks that
    // dist/cli.js exists when HCC_CLI_SKIP_BUILD=1 — which `npm run test` in this package sets,
    // because turbo has already built them (packages/cli/turbo.json: test depends on build).
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
