// Test helpers: a real DuckDB (embedded) and a real PostgreSQL server (through Debian's `psql`, so
// no npm client is needed). PostgreSQL comes from the environment (PGHOST / PGPORT / PGUSER, set
// by .ci/run); when it is not reachable the PostgreSQL tests fail under CI=true and are skipped
// locally with the reason printed.
import { spawnSync } from "node:child_process";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/** A row of a query result: numbers for integers, strings for text, booleans. */
export type Row = Record<string, string | number | boolean | null>;

/** A database the tests can run SQL scripts on. */
export interface Engine {
  readonly name: "duckdb" | "postgres";
  /** Runs a script (statements separated by `;`); returns the rows of the last statement. */
  query(script: string): Promise<Row[]>;
  close(): Promise<void>;
}

const toPlain = (v: unknown): string | number | boolean | null => {
  if (typeof v === "bigint") return Number(v);
  if (v === null || typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
};

/** An in-memory DuckDB. */
export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection: DuckDBConnection = await instance.connect();
  // a session zone far from Vietnam: no result may depend on it
  await connection.run("SET TimeZone = 'America/Los_Angeles'");
  return {
    name: "duckdb",
    async query(script) {
      const statements = await connection.extractStatements(script);
      let rows: Row[] = [];
      for (let i = 0; i < statements.count; i++) {
        const prepared = await statements.prepare(i);
        const reader = await prepared.runAndReadAll();
        rows = reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toPlain(v)])));
      }
      return rows;
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Why PostgreSQL is not reachable, or undefined when it is. */
export function postgresUnavailable(): string | undefined {
  if (process.env["PGHOST"] === undefined) return "PGHOST is not set (run the tests through .ci/run, or start a server and export PGHOST/PGPORT/PGUSER)";
  const r = spawnSync("psql", ["-X", "-At", "-c", "select 1"], { encoding: "utf8" });
  if (r.error !== undefined) return `psql cannot be run: ${r.error.message}`;
  if (r.status !== 0) return `psql -c 'select 1' failed: ${r.stderr.trim()}`;
  return undefined;
}

/** Whether the PostgreSQL tests run: throws under CI=true when the server is missing. */
export function postgresReady(): boolean {
  const reason = postgresUnavailable();
  if (reason === undefined) return true;
  if (process.env["CI"] === "true") throw new Error(`PostgreSQL is required under CI=true: ${reason}`);
  console.warn(`skipping the PostgreSQL tests: ${reason}`);
  return false;
}

/** RFC 4180 rows; a quoted empty field is "" and an unquoted one null (psql's NULL). */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let field = "";
  let row: (string | null)[] = [];
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = wasQuoted = true;
    else if (ch === "," || ch === "\n") {
      row.push(field === "" && !wasQuoted ? null : field);
      field = "";
      wasQuoted = false;
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field === "" && !wasQuoted ? null : field);
    rows.push(row);
  }
  return rows;
}

/** A fresh schema on the PostgreSQL server (dropped on close); every script runs in it. */
export async function postgres(): Promise<Engine> {
  const schema = `hcc_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const run = (script: string): Row[] => {
    const r = spawnSync("psql", ["-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-f", "-"], {
      input: `SET search_path TO ${schema}; SET TimeZone TO 'America/Los_Angeles';\n${script};\n`,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr.trim().split("\n").slice(0, 5).join(" | ")}`);
    const table = parseCsv(r.stdout);
    const header = table[0]?.map((h) => h ?? "");
    if (header === undefined) return [];
    return table.slice(1).map((cells) =>
      Object.fromEntries(header.map((h, i) => {
        const v = cells[i] ?? null;
        return [h, v === null ? null : /^-?\d+$/.test(v) ? Number(v) : v === "t" ? true : v === "f" ? false : v];
      })),
    );
  };
  spawnSync("psql", ["-X", "-q", "-c", `CREATE SCHEMA ${schema}`], { encoding: "utf8" });
  return {
    name: "postgres",
    async query(script) {
      return run(script);
    },
    async close() {
      spawnSync("psql", ["-X", "-q", "-c", `DROP SCHEMA ${schema} CASCADE`], { encoding: "utf8" });
    },
  };
}
