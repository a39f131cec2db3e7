// from packages/core/src/schemas.ts:75
import { createParser } from "@hcc/core";
import { z } from "zod";
const port = createParser("port", z.number().int().min(1).max(65535));
port.safeParse(80).success; //=> true

export {};
