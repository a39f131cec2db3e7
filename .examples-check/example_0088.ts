// from packages/core/src/dossier.ts:304
import { safeParseDossier } from "@hcc/core";
safeParseDossier({ code: "" }).success; //=> false

export {};
