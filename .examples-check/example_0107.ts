// from packages/core/src/enums.ts:290
import { places } from "@hcc/core";
places.label("center", "en"); //=> "At the service center"

export {};
