import { toJsonSchema, type JsonSchemaModel } from "@hcc/core";
import { formatOf, langOf, parse, FORMAT_OPTION } from "../_internal/args.js";
import { commonHelp, type Command } from "../_internal/command.js";
import { CliError } from "../_internal/context.js";
import { json } from "../_internal/output.js";

const MODELS = ["procedure", "dossier", "agency"] as const;

/** `hcc schema`: the JSON Schema of a model. */
export const schema: Command = {
  name: "schema",
  help(lang) {
    return lang === "vi"
      ? `Cách dùng: hcc schema <procedure|dossier|agency>

In JSON Schema (draft 2020-12) của dữ liệu mà @hcc/core chấp nhận, cho cổng thông tin không viết
bằng TypeScript. Kết quả luôn là JSON.

${commonHelp(lang, "json")}

Ví dụ:
  hcc schema dossier > dossier.schema.json
`
      : `Usage: hcc schema <procedure|dossier|agency>

Prints the JSON Schema (draft 2020-12) of what @hcc/core accepts, for portals not written in
TypeScript. The output is always JSON.

${commonHelp(lang, "json")}

Examples:
  hcc schema dossier > dossier.schema.json
`;
  },
  async run(argv, io) {
    const { values, positionals } = parse("schema", argv, FORMAT_OPTION);
    const lang = langOf("schema", values.lang, io.env);
    if (values.help === true) {
      io.out(this.help(lang));
      return 0;
    }
    formatOf("schema", values.format, ["json"] as const);
    if (positionals.length !== 1) throw new CliError(`hcc schema: give one model: ${MODELS.join(", ")} (see hcc schema --help)`);
    const model = positionals[0] as string;
    if (!(MODELS as readonly string[]).includes(model)) throw new CliError(`hcc schema: unknown model ${JSON.stringify(model)}; expected ${MODELS.join(", ")}`);
    io.out(json(toJsonSchema(model as JsonSchemaModel)));
    return 0;
  },
};
