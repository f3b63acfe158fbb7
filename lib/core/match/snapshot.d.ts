/**
 * The bundled dataset's compiled matcher source (a CompiledSource as JSON), made at build time by
 * scripts/matcher-snapshot-plugin.ts; null under `wxt dev`.
 */
declare module 'virtual:lens-matcher-snapshot' {
  const snapshot: string | null;
  export default snapshot;
}
