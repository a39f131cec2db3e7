// One description per DVCQG wire record: a table of fields — the domain key, the wire name, how
// the value is read leniently and how it is emitted strictly — drives the reader, the writer and
// the path table that names a bad domain field by its wire name (see paths.ts). A wire name is
// written once, in the table.
import type { CodeList } from "@hcc/core";
import type { PathTable } from "./paths.js";
import { isBlank, readAmount, readCode, readFlag, readInt, readItems, readObject, readText, type Issues, type Path } from "./read.js";

/** Returned by a field's writer to leave the field out of the wire record. */
export const OMIT: unique symbol = Symbol("omit");

/** One field of a wire record. */
export interface WireField {
  /** The domain key. */
  readonly key: string;
  /** The wire name. */
  readonly wire: string;
  /** Reads the field from the wire record `o` (the record's path is `path`), recording issues. */
  readonly read: (o: Readonly<Record<string, unknown>>, path: Path, issues: Issues) => unknown;
  /** Emits the domain value (`undefined` = absent), or {@link OMIT}. */
  readonly write: (value: unknown) => unknown;
  /** A required field: the record is dropped (its issue recorded) when it is missing or bad. */
  readonly required?: boolean;
  /** The domain value when the wire has none. */
  readonly fallback?: unknown;
  /** The path table of a nested record or list. */
  readonly paths?: PathTable;
}

/** A wire record described once: its reader, its writer and its path table. */
export interface WireRecord<T, W> {
  /** Reads one record (required fields first, then the others in table order); `undefined` when it is not an object or a required field is missing or bad. */
  read(raw: unknown, path: Path, issues: Issues): T | undefined;
  /** Emits one record, fields in table order. */
  write(value: T): W;
  /** Domain key → wire name, for the issues of the domain schema. */
  readonly paths: PathTable;
}

/** Builds the {@link WireRecord} of a field table. */
export function wireRecord<T extends object, W>(fields: readonly WireField[]): WireRecord<T, W> {
  const readOrder = [...fields.filter((f) => f.required === true), ...fields.filter((f) => f.required !== true)];
  const paths: Record<string, string | readonly [string, PathTable]> = {};
  for (const f of fields) paths[f.key] = f.paths === undefined ? f.wire : [f.wire, f.paths];
  return {
    paths,
    read(raw, path, issues) {
      const o = readObject(raw, path, issues);
      if (o === undefined) return undefined;
      const values = new Map<string, unknown>();
      let complete = true;
      for (const f of readOrder) {
        const value = f.read(o, path, issues) ?? f.fallback;
        if (value === undefined && f.required === true) complete = false;
        values.set(f.key, value);
      }
      if (!complete) return undefined;
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const value = values.get(f.key);
        if (value !== undefined) out[f.key] = value;
      }
      return out as T;
    },
    write(value) {
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const wire = f.write((value as Readonly<Record<string, unknown>>)[f.key]);
        if (wire !== OMIT) out[f.wire] = wire;
      }
      return out as W;
    },
  };
}

const textOut = (value: unknown): string => (value === undefined ? "" : String(value));
const flagOut = (value: unknown): string => (value === undefined ? "" : value === true ? "1" : "0");

/** Text; emitted as is, `""` when absent. */
export function textField(key: string, wire: string, options: { readonly required?: boolean } = {}): WireField {
  const required = options.required === true;
  return { key, wire, required, read: (o, path, issues) => readText(o[wire], [...path, wire], issues, required), write: textOut };
}

/** A flag; emitted `"1"` / `"0"`, `""` when absent. */
export function flagField(key: string, wire: string): WireField {
  return { key, wire, read: (o, path, issues) => readFlag(o[wire], [...path, wire], issues), write: flagOut };
}

/** A flag emitted only when known (left out of the record when absent). */
export function optionalFlagField(key: string, wire: string): WireField {
  return { key, wire, read: (o, path, issues) => readFlag(o[wire], [...path, wire], issues), write: (value) => (value === undefined ? OMIT : flagOut(value)) };
}

/** A non-negative integer; emitted as a number (`as: "number"`, with a default) or as its decimal string (`""` when absent). */
export function intField(key: string, wire: string, options: { readonly as: "number"; readonly fallback: number } | { readonly as: "string" }): WireField {
  const read = (o: Readonly<Record<string, unknown>>, path: Path, issues: Issues): unknown => readInt(o[wire], [...path, wire], issues);
  if (options.as === "number") return { key, wire, read, fallback: options.fallback, write: (value) => value };
  return { key, wire, read, write: textOut };
}

/** A key of a code list; emitted as its national code, a number (`as: "number"`, with a default) or a string (`""` when absent). */
export function codeField<K extends string>(
  key: string,
  wire: string,
  list: CodeList<K>,
  options: { readonly as: "number"; readonly fallback: K } | { readonly as: "string" },
): WireField {
  const read = (o: Readonly<Record<string, unknown>>, path: Path, issues: Issues): unknown => readCode(o[wire], list, [...path, wire], issues);
  if (options.as === "number") return { key, wire, read, fallback: options.fallback, write: (value) => list.toCode(value as K) };
  return { key, wire, read, write: (value) => (value === undefined ? "" : String(list.toCode(value as K))) };
}

/** A required amount in VND, also read from `aliases` when `wire` is blank; emitted as its decimal string. */
export function amountField(key: string, wire: string, aliases: readonly string[] = []): WireField {
  return {
    key,
    wire,
    required: true,
    read: (o, path, issues) => {
      let raw = o[wire];
      for (const alias of aliases) if (isBlank(raw)) raw = o[alias];
      const amount = readAmount(raw, [...path, wire], issues);
      if (isBlank(raw)) issues.push({ path: [...path, wire], message: "required amount is missing" });
      return amount;
    },
    write: textOut,
  };
}

/** A list of nested records (bad items are dropped, their issues recorded); emitted as an array. */
export function listField<T, W>(key: string, wire: string, item: WireRecord<T, W>): WireField {
  return {
    key,
    wire,
    paths: item.paths,
    read: (o, path, issues) => readItems(o[wire], [...path, wire], issues, (raw, p, iss) => item.read(raw, p, iss)),
    write: (value) => ((value as readonly T[] | undefined) ?? []).map((v) => item.write(v)),
  };
}
