// from packages/core/src/procedure.ts:113
import { legalBasisSchema } from "@hcc/core";
legalBasisSchema.parse({ number: "87/2014/QH13", title: "Luật Hộ tịch" });

export {};
