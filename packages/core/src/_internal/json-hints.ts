import * as z from "zod";

/** A JSON Schema fragment that replaces what zod would generate for one schema. */
export interface JsonHint {
  readonly jsonSchema: Readonly<Record<string, unknown>>;
}

/**
 * Schemas whose zod form has no faithful JSON Schema (a `Date | string` union with a transform,
 * a code list accepting keys and numbers) register their JSON Schema here; `toJsonSchema` uses it.
 */
export const jsonHints = /* @__PURE__ */ z.registry<JsonHint>();

/** Registers a JSON Schema hint for a schema and returns the schema. */
export function withJsonHint<S extends z.ZodType>(schema: S, jsonSchema: Record<string, unknown>): S {
  jsonHints.add(schema, { jsonSchema });
  return schema;
}
