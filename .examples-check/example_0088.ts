// from packages/core/src/procedure.ts:130
import { contactSchema } from "@hcc/core";
contactSchema.parse({ phone: "0275 3822 000" });

export {};
