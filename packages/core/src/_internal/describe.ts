/** Shows any value in an error message: strings quoted, long values cut, never throws. */
export function describeValue(value: unknown): string {
  let shown: string;
  try {
    if (typeof value === "string") shown = JSON.stringify(value);
    else if (typeof value === "bigint") shown = `${value}n`;
    else if (typeof value === "symbol" || typeof value === "function") shown = String(value);
    else if (value instanceof Date) shown = Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
    else if (typeof value === "object" && value !== null) shown = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    else shown = String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}
