// from packages/core/src/agency.ts:6
import { agencySchema } from "@hcc/core";
agencySchema.parse({ code: "000.00.00.H07", name: "UBND tỉnh Bến Tre", level: "province", validTo: "2025-06-30", successorCode: "000.00.00.H61" });

export {};
