// from packages/core/src/enums.ts:146
import { levels } from "@hcc/core";
levels.label("province"); //=> "Cấp Tỉnh"

export {};
