// from packages/core/src/agency.ts:45
import { type AgencyInput } from "@hcc/core";
const input: AgencyInput = { code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long", level: 1 };

export {};
