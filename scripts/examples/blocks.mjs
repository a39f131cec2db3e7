// The code blocks of the documentation, collected in one place for the two checks that read them:
// `scripts/check-examples.mjs` (type-checks every block) and `scripts/examples/` (runs every block
// and checks its `//=>` claims). A block is a fenced ```ts block:
//   - inside a TSDoc comment (`/** … */`) of a non-test `.ts` file under `packages/*/src/`
//     (usually an `@example`);
//   - in `README.md`, `packages/*/README.md` and every `.md` file under `docs/`.
// The fence's info string may carry words after `ts`; the only one understood is
// `no-run: <reason>` (```` ```ts no-run: needs a PostgreSQL server ````): the block is type-checked
// but not run, and the reason is listed by the runner. Renderers (GitHub, TypeDoc) use only the
// first word, `ts`, so readers do not see it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// A block is { file, line (1-based line of its first code line in file), from: "file:line", code,
// info (the fence's info string after `ts`, read with noRunReason) }.

const fence = /```ts([ \t][^\n]*)?\n([\s\S]*?)```/g;

function* walk(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry === "generated") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The `no-run` reason of a fence info string, undefined for a block that runs. */
export function noRunReason(info) {
  const words = (info ?? "").trim();
  if (words === "") return undefined;
  const m = /^no-run(?::\s*(.*))?$/.exec(words);
  if (!m) throw new Error(`unknown fence info "ts ${words}" (only "ts no-run: <reason>" is understood)`);
  const reason = (m[1] ?? "").trim();
  if (reason === "") throw new Error('a "ts no-run" block must give its reason: "ts no-run: <reason>"');
  return reason;
}

function blocksOf(text, baseLine, file, root) {
  const out = [];
  for (const m of text.matchAll(fence)) {
    const line = baseLine + lineOf(text, m.index) + 1; // the line after the fence
    const from = `${relative(root, file)}:${line}`;
    out.push({ file: relative(root, file), line, from, code: m[2], info: (m[1] ?? "").trim() });
  }
  return out;
}

/** The documentation sources: each with its text (the TSDoc comments of a .ts file, or the .md). */
function* sources(root) {
  for (const pkg of readdirSync(join(root, "packages")).sort()) {
    const src = join(root, "packages", pkg, "src");
    if (!existsSync(src)) continue;
    for (const file of [...walk(src)].sort()) {
      if (!file.endsWith(".ts") || /\.test(-d)?\.ts$/.test(file)) continue;
      const text = readFileSync(file, "utf8");
      for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
        // Each comment line maps to one body line, so line numbers carry over.
        const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
        yield { file, text: body, baseLine: lineOf(text, comment.index) - 1 };
      }
    }
  }
  const guides = [join(root, "README.md")];
  for (const pkg of readdirSync(join(root, "packages")).sort()) {
    const readme = join(root, "packages", pkg, "README.md");
    if (existsSync(readme)) guides.push(readme);
  }
  if (existsSync(join(root, "docs"))) for (const f of [...walk(join(root, "docs"))].sort()) if (f.endsWith(".md")) guides.push(f);
  for (const file of guides) yield { file, text: readFileSync(file, "utf8"), baseLine: 0 };
}

/** Every ```ts block of the TSDoc comments, the READMEs and the guides, in a stable order. */
export function collectBlocks(root) {
  const blocks = [];
  for (const { file, text, baseLine } of sources(root)) blocks.push(...blocksOf(text, baseLine, file, root));
  return blocks;
}

/**
 * Each `//=>` of the documentation sources that is NOT inside a ```ts block (so would not be
 * checked), as "file:line".
 */
export function strayClaims(root) {
  const stray = [];
  for (const { file, text, baseLine } of sources(root)) {
    const inBlocks = [...text.matchAll(fence)].map((m) => [m.index, m.index + m[0].length]);
    // Prose that names the marker writes it as inline code, `//=>`: that is not a claim.
    for (const m of text.matchAll(/(?<!`)\/\/=>/g)) {
      if (!inBlocks.some(([a, b]) => m.index >= a && m.index < b)) stray.push(`${relative(root, file)}:${baseLine + lineOf(text, m.index)}`);
    }
  }
  return stray;
}
