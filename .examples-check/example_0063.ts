// from packages/core/src/dossier-code.ts:51
import { type DossierSequenceOverflow } from "@hcc/core";
const policy: DossierSequenceOverflow = "widen";

export {};
