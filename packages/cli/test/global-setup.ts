import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dist = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** Builds `hcc` and its dependencies (turbo: cache hits when nothing changed) before the tests. */
export default function setup(): void {
  if (process.env["HCC_CLI_SKIP_BUILD"] !== "1") {
    execFileSync("npx", ["turbo", "run", "build", "--filter=@hcc/cli...", "--output-logs=errors-only"], { cwd: root, stdio: "inherit" });
  }
  if (!existsSync(dist)) throw new Error(`hcc is not built: ${dist} is missing (run npx turbo run build --filter=@hcc/cli...)`);
}
