// The one tsup configuration of the library packages: each `packages/*/tsup.config.ts` calls
// `libraryConfig()` (adding entries or options of its own), so the build rules live here once.
//
// No source maps in the tarballs. The output is not minified (names, structure and line breaks are
// the source's), every library tarball ships its `src/` (for the `@hcc/source` condition and
// go-to-definition), and maps with `sourcesContent` were a second copy of that src (~3 MB in all).
// Maps without it cannot be made to point only at shipped files: tsup's CJS build maps parts of
// itself (its `import.meta.url` shim, and chunk paths with CJS splitting) to files outside the
// package. `scripts/check-packages.mjs` fails on a map that embeds sources or points outside.
import { defineConfig, type Options } from "tsup";

/** A library package: dual ESM + CJS with bundled `.d.ts` / `.d.cts` per entry. */
export function libraryConfig(options: Options = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    ...options,
  };
}

/** The package's `tsup.config.ts` default export: {@link libraryConfig} with its own options. */
export function defineLibrary(options: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig(libraryConfig(options));
}
