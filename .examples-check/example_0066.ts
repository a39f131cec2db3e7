// from packages/core/src/dossier-code.ts:150
import { safeParseDossierCode } from "@hcc/core";
safeParseDossierCode("000.00.53.H48-220231-0001").success; //=> false (no 31 February)

export {};
