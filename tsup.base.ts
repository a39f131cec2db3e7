// The one tsup configuration of the library packages: each `packages/*/tsup.config.ts` calls
// `libraryConfig()` (adding entries or options of its own), so the build rules live here once.
//
// Source maps: shipped, WITHOUT `sourcesContent`. They point at `../src/*.ts`, which every library
// tarball ships anyway (for the `@hcc/source` condition and go-to-definition), so a debugger shows
// the TypeScript without the maps carrying a second copy of it.
import { defineConfig, type Options } from "tsup";

/** A library package: dual ESM + CJS with bundled `.d.ts` / `.d.cts` per entry. */
export function libraryConfig(options: Options = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    ...options,
    esbuildOptions(esbuild, context) {
      esbuild.sourcesContent = false;
      options.esbuildOptions?.(esbuild, context);
    },
  };
}

/** `defineConfig` of one library config, or of several (built in that order, into the same `dist/`). */
export function defineLibrary(...configs: Options[]): ReturnType<typeof defineConfig> {
  const all = configs.length === 0 ? [libraryConfig()] : configs.map((c) => libraryConfig(c));
  return defineConfig(all.length === 1 ? (all[0] as Options) : all);
}
