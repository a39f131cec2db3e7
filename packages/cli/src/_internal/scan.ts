import { open } from "node:fs/promises";

/** `";"` when the file looks like a semicolon-separated CSV (its first line has `;` and no `,`). */
export async function sniffDelimiter(path: string): Promise<string | undefined> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = new TextDecoder().decode(buffer.subarray(0, bytesRead)).replace(/^\uFEFF/, "").trimStart();
    const first = head.split(/\r?\n/, 1)[0] ?? "";
    if (first.startsWith("[") || first.startsWith("{")) return undefined;
    return first.includes(";") && !first.includes(",") ? ";" : undefined;
  } finally {
    await handle.close();
  }
}
