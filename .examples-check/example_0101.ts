// from packages/core/src/procedure.ts:308
import { safeParseProcedure } from "@hcc/core";
safeParseProcedure({ name: "no code" }).success; //=> false

export {};
