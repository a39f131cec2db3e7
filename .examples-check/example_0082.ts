// from packages/core/src/procedure.ts:23
import { feeSchema } from "@hcc/core";
feeSchema.parse({ amount: 0, description: "Không thu phí" });

export {};
