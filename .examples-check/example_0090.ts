// from packages/core/src/procedure.ts:162
import { procedureSchema } from "@hcc/core";
const p = procedureSchema.parse({ code: "1.000894", name: "Đăng ký kết hôn" });
p.cases; //=> []

export {};
