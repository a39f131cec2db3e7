// The `//=>` claims of a documentation code block: where they are, what they claim, and the block
// rewritten so that running it records the value each claim is about.
//
// Grammar (the convention of every @example and guide block; CONTRIBUTING.md points here):
//
//   A claim is a line comment that starts with `//=>`. It is about the statement that ends just
//   before it: on the same line (`expr; //=> value`, `expr //=> value`) or, when the claim is on a
//   line of its own, on the line right above it (for a long expression):
//
//       findingMessage("on_the_spot.step_off_site", { step: "approve", place: "department" }, "en");
//       //=> "Step \"Approve\" happens at the department, not at the center"
//
//   What the claim is about depends on that statement (the innermost one ending there):
//     - `console.log(a, b, …)`, possibly as the body of an `if`: the line it prints
//       (`util.format(a, b, …)`), compared as TEXT with the rest of the comment, verbatim:
//         console.log(findProvince("H07").name, "→", successorOf("H07").name);
//         //=> Bến Tre → Vĩnh Long
//     - any other expression statement: the value of the expression;
//     - `const x = expr;` (or let/var, one plain name): the value of x after the statement;
//     - anything else (an `if`, a destructuring `const`, a function declaration…): an error.
//   A value claim is a LITERAL, optionally followed by a note in parentheses after a space:
//         toLocalDate("2024-01-01T17:00:00Z"); //=> "2024-01-02" (already 2 January in Vietnam)
//   LITERAL := string ('…', "…", `…` without ${}) | number (also -n, NaN, Infinity, 1_000) | bigint
//            | true | false | null | undefined | [LITERAL, …] | { key: LITERAL, … }
//            | new Date(LITERAL…) | new Map([[LITERAL, LITERAL], …]) | new Set([LITERAL, …])
//   and the value must equal it by `util.isDeepStrictEqual` (same types, same keys, same elements;
//   a Promise never equals a literal: await it). There are no partial claims (no `…`): claim a
//   property instead (`result.kind; //=> "late"`).
//   A claim that does not parse, follows no statement it can be about, or whose statement never
//   runs, FAILS: every `//=>` of a block that runs is checked.
import { format, inspect, isDeepStrictEqual } from "node:util";
import ts from "typescript";

const MARK = "//=>";

function commentRanges(sf) {
  const text = sf.text;
  const seen = new Map();
  const add = (ranges) => {
    for (const r of ranges ?? []) if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia) seen.set(r.pos, r);
  };
  const visit = (node) => {
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  add(ts.getLeadingCommentRanges(text, sf.endOfFileToken.pos));
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/** The name of a syntax kind (not the First…/Last… aliases the enum also has). */
function kindName(kind) {
  return Object.entries(ts.SyntaxKind).find(([name, k]) => k === kind && !/^(First|Last)/.test(name))?.[0] ?? String(kind);
}

function isStatement(node) {
  return node.kind >= ts.SyntaxKind.FirstStatement && node.kind <= ts.SyntaxKind.LastStatement;
}

function isConsoleLog(statement) {
  if (!ts.isExpressionStatement(statement)) return false;
  const e = statement.expression;
  return (
    ts.isCallExpression(e) &&
    ts.isPropertyAccessExpression(e.expression) &&
    ts.isIdentifier(e.expression.expression) &&
    e.expression.expression.text === "console" &&
    e.expression.name.text === "log"
  );
}

/** The innermost statement ending right before `pos`: on its line, or on the line above. */
function statementBefore(sf, pos) {
  let best;
  const visit = (node) => {
    if (node.pos >= pos) return;
    if (isStatement(node) && node.end <= pos && /^[ \t]*(\r?\n[ \t]*)?$/.test(sf.text.slice(node.end, pos))) {
      if (!best || node.getStart(sf) >= best.getStart(sf)) best = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return best;
}

// ---------------------------------------------------------------------------------------------
// Literals

function literalValue(node) {
  const K = ts.SyntaxKind;
  switch (node.kind) {
    case K.StringLiteral:
    case K.NoSubstitutionTemplateLiteral:
      return node.text;
    case K.NumericLiteral:
      return Number(node.text);
    case K.BigIntLiteral:
      return BigInt(node.text.slice(0, -1));
    case K.TrueKeyword:
      return true;
    case K.FalseKeyword:
      return false;
    case K.NullKeyword:
      return null;
    case K.ParenthesizedExpression:
      return literalValue(node.expression);
    case K.Identifier:
      if (node.text === "undefined") return undefined;
      if (node.text === "NaN") return NaN;
      if (node.text === "Infinity") return Infinity;
      break;
    case K.PrefixUnaryExpression: {
      const v = literalValue(node.operand);
      if (typeof v === "number" || typeof v === "bigint") {
        if (node.operator === K.MinusToken) return -v;
        if (node.operator === K.PlusToken && typeof v === "number") return v;
      }
      break;
    }
    case K.ArrayLiteralExpression:
      return node.elements.map((e) => {
        if (ts.isSpreadElement(e) || ts.isOmittedExpression(e)) throw new Error(`not a literal: ${e.getText()}`);
        return literalValue(e);
      });
    case K.ObjectLiteralExpression: {
      const out = {};
      for (const p of node.properties) {
        if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) {
          throw new Error(`not a literal property: ${p.getText()}`);
        }
        out[p.name.text] = literalValue(p.initializer);
      }
      return out;
    }
    case K.NewExpression: {
      const args = (node.arguments ?? []).map(literalValue);
      if (ts.isIdentifier(node.expression)) {
        if (node.expression.text === "Date") return new Date(...args);
        if (node.expression.text === "Map") return new Map(...args);
        if (node.expression.text === "Set") return new Set(...args);
      }
      break;
    }
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

function parseLiteral(text) {
  const sf = ts.createSourceFile("claim.ts", `(${text}\n);`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (sf.parseDiagnostics.length > 0 || sf.statements.length !== 1 || !ts.isExpressionStatement(sf.statements[0])) {
    throw new Error(`not a literal: ${text}`);
  }
  return literalValue(sf.statements[0].expression);
}

/**
 * The value a value claim states: its LITERAL, with an optional ` (note)` after it.
 * Throws when the claim is not one.
 */
export function parseValueClaim(text) {
  if (text === "") throw new Error("an empty claim");
  try {
    return parseLiteral(text);
  } catch (whole) {
    if (text.endsWith(")")) {
      for (let i = text.indexOf(" ("); i > 0; i = text.indexOf(" (", i + 1)) {
        try {
          return parseLiteral(text.slice(0, i).trim());
        } catch {
          // try the next split
        }
      }
    }
    throw whole;
  }
}

// ---------------------------------------------------------------------------------------------
// Rewriting

/**
 * The claims of a block and the block rewritten to record them. The rewritten code reads the
 * recorder from `globalThis.__hccExamples` (see {@link createRecorder}) and keeps every line where
 * it was, so error positions still point at the block's lines.
 *
 * Each claim: { index, line (0-based in the block), text, kind: "value" | "log", expected?,
 * problem? (a string: the claim fails with it) }.
 */
export function prepareBlock(code) {
  const sf = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const claims = [];
  const inserts = []; // { pos, text, order }
  for (const range of commentRanges(sf)) {
    const comment = code.slice(range.pos, range.end);
    if (!comment.startsWith(MARK)) continue;
    const index = claims.length;
    const text = comment.slice(MARK.length).trim();
    const line = sf.getLineAndCharacterOfPosition(range.pos).line;
    const claim = { index, line, text, kind: "value" };
    claims.push(claim);
    const statement = statementBefore(sf, range.pos);
    if (!statement) {
      claim.problem = "follows no statement (put it after an expression, on its line or the next)";
      continue;
    }
    const start = statement.getStart(sf);
    if (isConsoleLog(statement)) {
      claim.kind = "log";
      claim.expected = text;
      inserts.push({ pos: start, text: `{ __hcc.startLog(${index}); `, order: -statement.end });
      inserts.push({ pos: statement.end, text: ` __hcc.endLog(${index}); }`, order: -1e9 - start });
    } else if (ts.isExpressionStatement(statement)) {
      const e = statement.expression;
      inserts.push({ pos: e.getStart(sf), text: `__hcc.value(${index}, (`, order: -e.end });
      inserts.push({ pos: e.end, text: `))`, order: -1e9 - e.getStart(sf) });
    } else if (
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(statement.declarationList.declarations[0].name) &&
      statement.declarationList.declarations[0].initializer
    ) {
      const name = statement.declarationList.declarations[0].name.text;
      inserts.push({ pos: statement.end, text: `; __hcc.value(${index}, ${name});`, order: -1e9 - start });
    } else {
      claim.problem = `follows a ${kindName(statement.kind)}: claim an expression, a one-name const or a console.log`;
      continue;
    }
    if (claim.kind === "value") {
      try {
        claim.expected = parseValueClaim(text);
      } catch (error) {
        claim.problem = `cannot parse the claim "${text}" (${error.message}); see scripts/examples/claims.mjs for the grammar`;
      }
    }
  }
  // Closing inserts (negative big order) before opening ones at the same position; inner first.
  inserts.sort((a, b) => a.pos - b.pos || a.order - b.order);
  let out = "const __hcc = globalThis.__hccExamples; const console = __hcc.console; ";
  let at = 0;
  for (const ins of inserts) {
    out += code.slice(at, ins.pos) + ins.text;
    at = ins.pos;
  }
  out += code.slice(at);
  const marks = code.split(MARK).length - 1;
  return { code: out, claims, unrecognised: marks - claims.length };
}

/**
 * The recorder a rewritten block reports to: the values of its claims, in order, and a console
 * whose output is kept (printed lines of a `console.log` claim are that claim's value).
 */
export function createRecorder(claimCount) {
  const values = Array.from({ length: claimCount }, () => []);
  const printed = [];
  let capture;
  const log = (...args) => {
    const line = format(...args);
    if (capture) capture.push(line);
    else printed.push(line);
  };
  return {
    values,
    printed,
    value(index, v) {
      values[index].push(v);
      return v;
    },
    startLog() {
      capture = [];
    },
    endLog(index) {
      values[index].push(capture.join("\n"));
      capture = undefined;
    },
    console: { log, info: log, debug: log, warn: log, error: log, table: log, dir: log },
  };
}

function show(v) {
  return inspect(v, { depth: 6, breakLength: Infinity });
}

/** The failures of a block's claims, given the recorded values: one message per bad claim. */
export function checkClaims(claims, values) {
  const failures = [];
  for (const claim of claims) {
    const where = `line ${claim.line + 1} of the block: //=> ${claim.text}`;
    if (claim.problem) {
      failures.push({ line: claim.line, message: `${where}\n    ${claim.problem}` });
      continue;
    }
    const got = values[claim.index];
    if (got.length === 0) {
      failures.push({ line: claim.line, message: `${where}\n    its statement never ran` });
      continue;
    }
    for (const v of got) {
      const equal = claim.kind === "log" ? v === claim.expected : isDeepStrictEqual(v, claim.expected);
      if (!equal) {
        const actual = claim.kind === "log" ? `printed ${JSON.stringify(v)}` : `the value is ${show(v)}`;
        const hint = v instanceof Promise ? " (a Promise: await it)" : "";
        failures.push({ line: claim.line, message: `${where}\n    ${actual}${hint}` });
        break;
      }
    }
  }
  return failures;
}
