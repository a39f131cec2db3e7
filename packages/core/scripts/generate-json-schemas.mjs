#!/usr/bin/env node
// Writes schemas/{procedure,dossier,agency}.schema.json from the zod schemas, through the built
// package (dist/index.js, so run after tsup: `npm run build`). The files are committed and
// published; src/json-schema.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { JSON_SCHEMA_MODELS, toJsonSchema } from "../dist/index.js";

const dir = new URL("../schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const model of JSON_SCHEMA_MODELS) {
  const file = new URL(`${model}.schema.json`, dir);
  writeFileSync(file, `${JSON.stringify(toJsonSchema(model), null, 2)}\n`);
  console.log(`wrote schemas/${model}.schema.json`);
}
