// from packages/core/src/dossier.ts:121
import { applicantSchema } from "@hcc/core";
applicantSchema.parse({ name: "Trần Thị B", idNumber: "083190000001" });

export {};
