import { describe, expectTypeOf, it } from "vitest";
import {
  findProvince,
  nextDossierCode,
  parseAgencyCode,
  parseDossierCode,
  parseProcedureCode,
  safeParseProcedureCode,
  toJsonSchema,
  type AgencyCodeKind,
  type HccError,
  type JsonSchemaModel,
  type ProcedureCodeForm,
  type Province,
} from "@hcc/core";

describe("code and province types", () => {
  it("parts are precisely typed", () => {
    expectTypeOf(parseAgencyCode("000.00.00.H48").level).toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf(parseAgencyCode("000.00.00.H48").kind).toEqualTypeOf<AgencyCodeKind>();
    expectTypeOf(parseProcedureCode("1.001612").form).toEqualTypeOf<ProcedureCodeForm>();
    expectTypeOf(parseProcedureCode("1.001612").agencyCode).toEqualTypeOf<string | undefined>();
    expectTypeOf(parseDossierCode("000.00.53.H48-220921-0099").digits).toEqualTypeOf<4 | 5>();
    expectTypeOf(findProvince("H61")).toEqualTypeOf<Province>();
    expectTypeOf(nextDossierCode).returns.toEqualTypeOf<string>();
  });
  it("safe results narrow on success", () => {
    const result = safeParseProcedureCode("1.001612");
    if (result.success) expectTypeOf(result.data.national).toEqualTypeOf<string>();
    else expectTypeOf(result.error).toEqualTypeOf<HccError>();
  });
  it("values are read-only and model names are checked", () => {
    // @ts-expect-error a province record is read-only
    findProvince("H61").name = "x";
    // @ts-expect-error the level is not writable
    parseAgencyCode("000.00.00.H48").level = 2;
    expectTypeOf<"dossier">().toMatchTypeOf<JsonSchemaModel>();
    // @ts-expect-error not a published model
    toJsonSchema("citizen");
  });
});
