/** Types of ./bundle.mjs. */
export function bundleScanner(): Promise<string>;
export function bundleIife(entry: string, name: string): Promise<string>;
