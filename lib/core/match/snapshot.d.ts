/** The bundled dataset's compiled matcher source, made at build time (scripts/matcher-snapshot-plugin.ts). */
declare module 'virtual:lens-matcher-snapshot' {
  import type { CompiledSource } from './compile';

  const snapshot: CompiledSource | null;
  export default snapshot;
}
