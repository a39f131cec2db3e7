import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { compactToEpochMs, dayNumberToLocalDate, epochMsToDayNumber, toEpochMs } from "@hcc/core";

const RECEIVED_COLUMNS = ["receivedat", "ngaytiepnhan"];

function receivedMs(value: unknown): number {
  if (typeof value !== "string" || value === "") return Number.NaN;
  try {
    return /^\d{14}$/.test(value) ? compactToEpochMs(value) : toEpochMs(value);
  } catch {
    return Number.NaN;
  }
}

function fieldOf(record: unknown): unknown {
  if (typeof record !== "object" || record === null) return undefined;
  for (const [k, v] of Object.entries(record)) if (RECEIVED_COLUMNS.includes(k.toLowerCase())) return v;
  return undefined;
}

function splitCsv(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * The first and last receipt dates (Vietnam) in a dossier file (CSV, NDJSON or a JSON array), for
 * the default period of `hcc report`. `undefined` when no receipt date could be read.
 */
export async function receiptRange(path: string): Promise<{ from: string; to: string } | undefined> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const see = (ms: number): void => {
    if (Number.isNaN(ms)) return;
    const day = epochMsToDayNumber(ms);
    if (day < min) min = day;
    if (day > max) max = day;
  };
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
  let mode: "csv" | "ndjson" | "json" | undefined;
  let column = -1;
  let delimiter = ",";
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, "");
    if (mode === undefined) {
      if (line.trim() === "") continue;
      const c = line.trim()[0];
      if (c === "[") {
        mode = "json";
        break;
      }
      if (c === "{") mode = "ndjson";
      else {
        mode = "csv";
        delimiter = line.includes(";") && !line.includes(",") ? ";" : ",";
        column = splitCsv(line, delimiter).findIndex((h) => RECEIVED_COLUMNS.includes(h.trim().toLowerCase()));
        continue;
      }
    }
    if (line.trim() === "") continue;
    if (mode === "ndjson") {
      try {
        see(receivedMs(fieldOf(JSON.parse(line))));
      } catch {
        // a bad row: the ingestion reports it with its line number
      }
    } else if (column >= 0) see(receivedMs(splitCsv(line, delimiter)[column]?.trim()));
  }
  if (mode === "json") {
    lines.close();
    try {
      const data: unknown = JSON.parse(await readFile(path, "utf8"));
      if (Array.isArray(data)) for (const r of data) see(receivedMs(fieldOf(r)));
    } catch {
      // malformed: the ingestion reports it
    }
  }
  if (!Number.isFinite(min)) return undefined;
  return { from: dayNumberToLocalDate(min), to: dayNumberToLocalDate(max) };
}

/** `";"` when the file looks like a semicolon-separated CSV (its first line has `;` and no `,`). */
export async function sniffDelimiter(path: string): Promise<string | undefined> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = new TextDecoder().decode(buffer.subarray(0, bytesRead)).replace(/^\uFEFF/, "").trimStart();
    const first = head.split(/\r?\n/, 1)[0] ?? "";
    if (first.startsWith("[") || first.startsWith("{")) return undefined;
    return first.includes(";") && !first.includes(",") ? ";" : undefined;
  } finally {
    await handle.close();
  }
}
