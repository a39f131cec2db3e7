// from packages/core/src/agency.ts:58
import { parseAgency } from "@hcc/core";
parseAgency({ code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long", level: 1 }).level; //=> "province"

export {};
