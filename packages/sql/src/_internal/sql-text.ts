import { HccError } from "@hcc/core";
import type { SqlDialect } from "../dialect.js";

/** A double-quoted identifier (`"a""b"`); a dotted name (`schema.table`) is quoted part by part. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A table name as given: each dot-separated part quoted, so `reports.dossiers` works. */
export function tableName(name: string): string {
  const parts = name.split(".");
  if (parts.some((p) => p.trim() === "")) throw new HccError("invalid_input", `Bad table name ${JSON.stringify(name)}`, { value: name });
  return parts.map(ident).join(".");
}

/** A single-quoted string literal. */
export function str(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A DATE literal. */
export function date(value: string): string {
  return `DATE '${value}'`;
}

/** A TIMESTAMP WITH TIME ZONE literal of an ISO instant with offset. */
export function instant(dialect: SqlDialect, iso: string): string {
  const text = iso.replace("T", " ");
  return dialect === "duckdb" ? `TIMESTAMPTZ '${text}'` : `TIMESTAMP WITH TIME ZONE '${text}'`;
}

/**
 * The Vietnam calendar date (UTC+7, a fixed offset, no daylight saving) of a `timestamptz`
 * expression, independent of the session's time zone.
 */
export function vietnamDate(dialect: SqlDialect, expr: string): string {
  switch (dialect) {
    case "duckdb":
      // epoch_ms(timestamptz) is the instant; epoch_ms(bigint) builds a plain TIMESTAMP
      return `CAST(epoch_ms(epoch_ms(${expr}) + 25200000) AS DATE)`;
    case "postgres":
      return `CAST((${expr} AT TIME ZONE 'UTC') + INTERVAL '7 hours' AS DATE)`;
    case "ansi":
      return `CAST(${expr} AT TIME ZONE INTERVAL '+07:00' HOUR TO MINUTE AS DATE)`;
  }
}

/** A text cast of any value (for status / channel codes given as numbers or text). */
export function asText(dialect: SqlDialect, expr: string): string {
  return dialect === "ansi" ? `CAST(${expr} AS VARCHAR(64))` : `CAST(${expr} AS VARCHAR)`;
}

/** Boolean literal. */
export function bool(value: boolean): string {
  return value ? "TRUE" : "FALSE";
}
