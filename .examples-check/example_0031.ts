// from packages/core/src/agency.ts:35
import { parseAgency, type Agency } from "@hcc/core";
const a: Agency = parseAgency({ code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long" });

export {};
