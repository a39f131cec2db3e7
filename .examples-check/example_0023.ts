// from packages/core/src/agency-code.ts:4
import { parseAgencyCode, type AgencyCodeKind } from "@hcc/core";
const kind: AgencyCodeKind = parseAgencyCode("000.00.00.G12").kind; //=> "ministry"

export {};
