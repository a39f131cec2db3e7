import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { JSON_SCHEMA_MODELS, instantSchema, isHccError, toJsonSchema } from "@hcc/core";

const committed = (model: string): string =>
  readFileSync(new URL(`../schemas/${model}.schema.json`, import.meta.url), "utf8");

describe("published JSON Schema files", () => {
  it.each(JSON_SCHEMA_MODELS)("schemas/%s.schema.json is current (run `npm run build -w @hcc/core` if not)", (model) => {
    expect(committed(model)).toBe(`${JSON.stringify(toJsonSchema(model), null, 2)}\n`);
  });
});

type Node = { [key: string]: unknown };
const walk = (node: unknown, visit: (n: Node) => void): void => {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (typeof node === "object" && node !== null) {
    visit(node as Node);
    for (const value of Object.values(node)) walk(value, visit);
  }
};

describe("toJsonSchema", () => {
  it("describes dates as strings with date-time / date formats, never as {}", () => {
    const dossier = toJsonSchema("dossier") as { properties: Record<string, Node>; required: string[] };
    expect(dossier.properties["receivedAt"]).toMatchObject({ type: "string", anyOf: expect.arrayContaining([{ format: "date-time" }]) });
    const agency = toJsonSchema("agency") as { properties: Record<string, Node> };
    expect(agency.properties["validTo"]).toMatchObject({ type: "string", anyOf: expect.arrayContaining([{ format: "date" }]) });
    for (const model of JSON_SCHEMA_MODELS) {
      walk(toJsonSchema(model), (node) => {
        for (const key of ["anyOf", "oneOf"]) {
          for (const branch of (node[key] as unknown[] | undefined) ?? []) expect(branch).not.toEqual({});
        }
        if ("properties" in node) {
          for (const value of Object.values(node["properties"] as Node)) expect(value).not.toEqual({});
        }
      });
    }
  });
  it("lists code-list keys and national codes", () => {
    const dossier = toJsonSchema("dossier") as { properties: Record<string, Node> };
    expect(dossier.properties["status"]).toMatchObject({
      anyOf: [
        { type: "string", enum: expect.arrayContaining(["returned", "10"]) },
        { type: "integer", enum: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
      ],
    });
  });
  it("keeps required fields and defaults", () => {
    const dossier = toJsonSchema("dossier") as { required: string[]; properties: Record<string, Node> };
    expect(dossier.required).toEqual(["code", "procedureCode", "agencyCode", "status"]);
    expect(dossier.properties["channel"]?.["default"]).toBe("direct");
    expect(toJsonSchema("procedure")).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", title: "Procedure (thủ tục hành chính)" });
  });
  it("accepts any zod schema built from the core schemas", () => {
    expect(toJsonSchema(z.object({ at: instantSchema }))).toMatchObject({ properties: { at: { type: "string" } }, required: ["at"] });
  });
  it("rejects an unknown model name with invalid_input", () => {
    let caught: unknown;
    try {
      toJsonSchema("citizen" as "dossier");
    } catch (error) {
      caught = error;
    }
    expect(isHccError(caught) && caught.code).toBe("invalid_input");
    expect((caught as Error).message).toBe('Unknown JSON Schema model "citizen": expected procedure, dossier, agency or a zod schema');
  });
});
