// from packages/core/src/procedure.ts:57
import { requiredDocumentSchema } from "@hcc/core";
requiredDocumentSchema.parse({ name: "Tờ khai đăng ký kết hôn", originals: 1, form: { name: "Mẫu TP/HT-2020-KH" } });

export {};
