// from packages/core/src/schemas.ts:95
import { createParser } from "@hcc/core";
import { z } from "zod";
createParser("count", z.number()).parse(3); //=> 3

export {};
