/** The JSON face: one document, stable key order as built, no colour. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
