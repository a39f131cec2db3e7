// from packages/core/src/dossier.ts:275
import { type Applicant } from "@hcc/core";
const a: Applicant = { name: "Lê Văn C" };

export {};
