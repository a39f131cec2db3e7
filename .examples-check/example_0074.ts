// from packages/core/src/dossier.ts:81
import { processingEventSchema } from "@hcc/core";
processingEventSchema.parse({ step: "appraise", at: "2024-03-01T09:00", place: "center", actor: "Nguyễn Văn A" });

export {};
