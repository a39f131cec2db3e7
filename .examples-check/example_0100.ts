// from packages/core/src/procedure.ts:292
import { parseProcedure } from "@hcc/core";
parseProcedure({ code: "1.000894", name: "Đăng ký kết hôn", levels: ["commune"] }).levels; //=> ["commune"]

export {};
