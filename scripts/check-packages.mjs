#!/usr/bin/env node
// The packages as an npm user gets them (`npm test` runs this after the build): `npm pack` every
// published package, check each tarball (README, LICENSE, no test file, no `_test/`, source maps
// (if any) without `sourcesContent`, whose sources are in the tarball), install the tarballs into a fresh
// consumer project outside the repository (zod from the registry), then in it: an ESM import, a CJS
// require, `tsc --noEmit` under moduleResolution node16 and bundler (declarations checked too:
// skipLibCheck off), and `npx @hcc/cli demo`. Prints one line per check; exits 1 on any failure.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const started = performance.now();
const failures = [];
const tarballOf = new Map();

function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${ok || detail === "" ? "" : `\n     ${detail.trim().split("\n").slice(0, 30).join("\n     ")}`}`);
  if (!ok) failures.push(name);
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } });
  return { ok: r.status === 0, out: `${r.stdout ?? ""}${r.stderr ?? ""}`, stdout: r.stdout ?? "" };
}

const packages = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "package.json")))
  .map((d) => ({ dir: join(root, "packages", d), json: JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8")) }))
  .filter((p) => p.json.private !== true);

const unbuilt = packages.filter((p) => !existsSync(join(p.dir, "dist")));
if (unbuilt.length > 0) {
  console.error(`not built: ${unbuilt.map((p) => p.json.name).join(", ")} — run npm run build first`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "hcc-packages-"));
const tarballs = join(work, "tarballs");
mkdirSync(tarballs);
try {
  // ---- pack and inspect
  // One `npm pack` for all (each package's `prepack` copies the LICENSE in).
  const packed = run("npm", ["pack", "--json", "--pack-destination", tarballs, ...packages.flatMap((p) => ["-w", p.dir])], root);
  if (!packed.ok) {
    check("npm pack", false, packed.out);
    throw new Error("npm pack failed");
  }
  const infos = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")));
  for (const info of infos) {
    const json = { name: info.name };
    tarballOf.set(info.name, join(tarballs, info.filename));
    const files = info.files.map((f) => f.path);
    const problems = [];
    for (const required of ["package.json", "README.md", "LICENSE"]) if (!files.includes(required)) problems.push(`no ${required}`);
    for (const f of files) if (/\.test(-d)?\./.test(f) || /(^|\/)_test\//.test(f)) problems.push(`test file ${f}`);
    const unpacked = join(work, "unpacked", json.name);
    mkdirSync(unpacked, { recursive: true });
    execFileSync("tar", ["-xzf", join(tarballs, info.filename), "-C", unpacked]);
    for (const f of files.filter((x) => x.endsWith(".map"))) {
      const map = JSON.parse(readFileSync(join(unpacked, "package", f), "utf8"));
      if (map.sourcesContent !== undefined) problems.push(`${f} embeds sourcesContent`);
      for (const s of map.sources) {
        const target = posix.normalize(posix.join(posix.dirname(f), s));
        if (!files.includes(target)) problems.push(`${f} points at ${target}, not in the tarball`);
      }
    }
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    check(`${json.name}: tarball ${kb(info.size)} (${kb(info.unpackedSize)} unpacked, ${files.length} files) — README, LICENSE, no tests, no map embedding or missing its sources`, problems.length === 0, problems.join("\n"));
  }

  // ---- a fresh consumer project
  const app = join(work, "app");
  mkdirSync(app);
  const deps = Object.fromEntries([...tarballOf].map(([name, file]) => [name, `file:${file}`]));
  deps.zod = "^4.0.0";
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "hcc-consumer", private: true, type: "module", dependencies: deps }, null, 2));
  const install = run("npm", ["install", "--no-package-lock", "--ignore-scripts"], app);
  check("npm install of the tarballs (zod from the registry) into a fresh project", install.ok, install.out);
  if (!install.ok) throw new Error("install failed");

  const esm = `
    import { parseDossier } from "@hcc/core";
    import { vietnamCalendar } from "@hcc/calendar";
    import { evaluateDossier } from "@hcc/sla";
    import { bieu06, createAggregator } from "@hcc/stats";
    import { ingestFile } from "@hcc/stats/node";
    import { checkPublicDisclosure } from "@hcc/rules";
    import { toLegacyRecord } from "@hcc/dvcqg";
    import { seedFigures } from "@hcc/examples";
    const d = parseDossier({ code: "000.00.53.H48-240308-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-08T16:59" });
    const e = evaluateDossier(d, { asOf: "2024-03-12T10:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } });
    const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
    agg.add(d);
    console.log(e.originalDue.date, bieu06(agg.state()).total.received, typeof ingestFile, typeof checkPublicDisclosure, typeof toLegacyRecord, typeof seedFigures);
  `;
  writeFileSync(join(app, "esm.mjs"), esm);
  const esmRun = run(process.execPath, ["esm.mjs"], app);
  check("ESM import of every entry", esmRun.ok && esmRun.stdout.trim() === "2024-03-13 1 function function function function", esmRun.out);

  const cjs = esm.replace(/import \{ ([^}]+) \} from ("[^"]+");/g, "const { $1 } = require($2);");
  writeFileSync(join(app, "cjs.cjs"), cjs);
  const cjsRun = run(process.execPath, ["cjs.cjs"], app);
  check("CJS require of every entry", cjsRun.ok && cjsRun.stdout.trim() === "2024-03-13 1 function function function function", cjsRun.out);

  // Types: the same code as TypeScript, plus a CommonJS module (.cts) under node16.
  const typed = esm.replace("e.originalDue.date", "e.originalDue?.date") + "\nimport type { Dossier } from \"@hcc/core\";\nimport type { IngestFileOptions } from \"@hcc/stats/node\";\nexport const options: IngestFileOptions = { from: \"2024-01-01\", to: \"2024-12-31\" };\nexport const dossier: Dossier = d;\n";
  writeFileSync(join(app, "check.ts"), typed);
  writeFileSync(join(app, "check-cjs.cts"), 'import { parseDossier } from "@hcc/core";\nimport { ingestFile } from "@hcc/stats/node";\nexport const x: string | undefined = parseDossier({ code: "000.00.53.H48-240308-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-08" }).receivedAt;\nexport const f: typeof ingestFile = ingestFile;\n');
  const common = { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], types: ["node"], typeRoots: [join(root, "node_modules", "@types")], skipLibCheck: false, noEmit: true };
  for (const [label, options, files] of [
    ["node16", { module: "node16", moduleResolution: "node16" }, ["check.ts", "check-cjs.cts"]],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, ["check.ts"]],
  ]) {
    writeFileSync(join(app, `tsconfig.${label}.json`), JSON.stringify({ compilerOptions: { ...common, ...options }, files }, null, 2));
    const typecheck = run(process.execPath, [tsc, "-p", `tsconfig.${label}.json`], app);
    check(`tsc --noEmit, moduleResolution ${label} (declarations checked: skipLibCheck false)`, typecheck.ok, typecheck.out);
  }

  const demo = run("npx", ["--no-install", "@hcc/cli", "demo"], app);
  check("npx @hcc/cli demo", demo.ok && demo.stdout.includes("14,168"), demo.out);
} catch (error) {
  if (failures.length === 0) check("package check", false, String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
  for (const { dir } of packages) rmSync(join(dir, "LICENSE"), { force: true });
}
console.log(`${failures.length === 0 ? "all package checks passed" : `failed: ${failures.join("; ")}`} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failures.length === 0 ? 0 : 1);
