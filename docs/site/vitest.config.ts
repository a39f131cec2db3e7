// The docs-site tests: they read the site TypeDoc built into docs-out/html (`npm run docs` first;
// `npm test` runs them right after its TypeDoc step). Not part of the packages' vitest projects,
// because they need the built site.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "site",
    root: new URL(".", import.meta.url).pathname,
    include: ["**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
