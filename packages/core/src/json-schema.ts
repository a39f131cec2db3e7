import * as z from "zod";
import { HccError } from "./errors.js";
import { describeValue } from "./_internal/describe.js";
import { jsonHints } from "./_internal/json-hints.js";
import { agencySchema } from "./agency.js";
import { dossierSchema } from "./dossier.js";
import { procedureSchema } from "./procedure.js";

/**
 * The models published as JSON Schema files inside the package
 * (`@hcc/core/schemas/<name>.schema.json`).
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_MODELS, type JsonSchemaModel } from "@hcc/core";
 * const first: JsonSchemaModel | undefined = JSON_SCHEMA_MODELS[0]; //=> "procedure"
 * ```
 *
 * @category Schemas
 */
export const JSON_SCHEMA_MODELS = Object.freeze(["procedure", "dossier", "agency"] as const);

/**
 * One of {@link JSON_SCHEMA_MODELS}.
 *
 * @example
 * ```ts
 * import { type JsonSchemaModel } from "@hcc/core";
 * const model: JsonSchemaModel = "dossier";
 * ```
 *
 * @category Schemas
 */
export type JsonSchemaModel = (typeof JSON_SCHEMA_MODELS)[number];

/**
 * A JSON Schema document (draft 2020-12), as a plain object.
 *
 * @example
 * ```ts
 * import { toJsonSchema, type JsonSchema } from "@hcc/core";
 * const schema: JsonSchema = toJsonSchema("agency");
 * schema.type; //=> "object"
 * ```
 *
 * @category Schemas
 */
export type JsonSchema = { readonly [key: string]: unknown };

const KEPT_KEYWORDS: ReadonlySet<string> = new Set(["default", "title", "examples", "deprecated", "readOnly", "writeOnly"]);

const MODELS: Readonly<Record<JsonSchemaModel, { schema: z.ZodType; title: string; description: string }>> = {
  procedure: {
    schema: procedureSchema,
    title: "Procedure (thủ tục hành chính)",
    description: "An administrative procedure as accepted by parseProcedure() of @hcc/core.",
  },
  dossier: {
    schema: dossierSchema,
    title: "Dossier (hồ sơ)",
    description: "A dossier as accepted by parseDossier() of @hcc/core. Times without an offset are Vietnam time (UTC+7).",
  },
  agency: {
    schema: agencySchema,
    title: "Agency (cơ quan, đơn vị)",
    description: "An agency as accepted by parseAgency() of @hcc/core.",
  },
};

/**
 * The JSON Schema (draft 2020-12) of what a parser **accepts**, for portals not written in
 * TypeScript: dates come out as strings with `date-time` / `date` formats, code lists as the
 * enumeration of their keys and national codes. The same documents are published in the package
 * as `@hcc/core/schemas/{procedure,dossier,agency}.schema.json` (generated at build time).
 *
 * @param model - `"procedure"`, `"dossier"` or `"agency"`, or any zod schema built from
 * `@hcc/core`'s schemas
 * @returns a fresh JSON Schema object
 * @throws {HccError} `invalid_input` for an unknown model name or a schema that cannot be
 * represented in JSON Schema
 * @example
 * ```ts
 * import { toJsonSchema } from "@hcc/core";
 * const schema = toJsonSchema("dossier");
 * (schema.required as string[]).includes("status"); //=> true
 * ```
 *
 * @category Schemas
 */
export function toJsonSchema(model: JsonSchemaModel | z.ZodType): JsonSchema {
  let schema: z.ZodType;
  let header: Record<string, string> = {};
  if (typeof model === "string" && Object.hasOwn(MODELS, model)) {
    const entry = MODELS[model];
    schema = entry.schema;
    header = { title: entry.title, description: entry.description };
  } else if (model instanceof z.ZodType) {
    schema = model;
  } else {
    throw new HccError(
      "invalid_input",
      `Unknown JSON Schema model ${describeValue(model)}: expected ${JSON_SCHEMA_MODELS.join(", ")} or a zod schema`,
      { value: model },
    );
  }
  try {
    const generated = z.toJSONSchema(schema, {
      io: "input",
      target: "draft-2020-12",
      unrepresentable: "any",
      override: (ctx) => {
        const target = ctx.jsonSchema as Record<string, unknown>;
        const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
        // zod leaves out the default of a transformed schema in input mode; a default is valid input here.
        if (def.type === "default" && !("default" in target)) target["default"] = structuredClone(def.defaultValue);
        const hint = jsonHints.get(ctx.zodSchema as unknown as z.ZodType);
        if (hint === undefined) return;
        // Replace what zod generated for this node, keeping the annotations of wrappers around it.
        for (const key of Object.keys(target)) if (!KEPT_KEYWORDS.has(key)) delete target[key];
        Object.assign(target, structuredClone(hint.jsonSchema));
      },
    }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    return { $schema, ...header, ...rest };
  } catch (error) {
    throw new HccError("invalid_input", `This schema cannot be represented in JSON Schema: ${String(error)}`, {
      value: model,
      cause: error,
    });
  }
}
