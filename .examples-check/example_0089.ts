// from packages/core/src/enums.ts:3
import { dossierStatuses } from "@hcc/core";
dossierStatuses.fromCode(10); //=> "returned"
dossierStatuses.label("done"); //=> "Đã xử lý xong"

export {};
