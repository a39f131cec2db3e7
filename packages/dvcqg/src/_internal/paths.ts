// Translates zod issue paths on domain objects into wire field names.
import type { HccIssue } from "@hcc/core";
import type * as z from "zod";

/** Domain key -> wire name, or [wire name ("" = flatten), nested table]; "*" names list items. */
export interface PathTable {
  readonly [key: string]: string | readonly [string, PathTable];
}

export function translatePath(path: readonly PropertyKey[], table: PathTable): (string | number)[] {
  const out: (string | number)[] = [];
  let current: PathTable | undefined = table;
  for (const segment of path) {
    if (typeof segment === "number") {
      out.push(segment);
      const star: string | readonly [string, PathTable] | undefined = current?.["*"];
      if (typeof star === "string") {
        out.push(star);
        current = undefined;
      }
      continue;
    }
    const key = String(segment);
    const entry: string | readonly [string, PathTable] | undefined = current !== undefined && Object.hasOwn(current, key) ? current[key] : undefined;
    if (entry === undefined) {
      out.push(key);
      current = undefined;
    } else if (typeof entry === "string") {
      out.push(entry);
      current = undefined;
    } else {
      if (entry[0] !== "") out.push(entry[0]);
      current = entry[1];
    }
  }
  return out;
}

export function translateIssues(error: z.ZodError, table: PathTable): HccIssue[] {
  return error.issues.map((i) => {
    const base = { path: translatePath(i.path, table), message: i.message };
    return "input" in i && i.input !== undefined ? { ...base, input: i.input } : base;
  });
}
