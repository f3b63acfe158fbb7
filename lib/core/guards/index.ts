/** Type guards for values read back from storage, files and messages (JSON-shaped, not trusted). */

/** A plain object (not null, not an array): a JSON object as parsed. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
