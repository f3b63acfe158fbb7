/** Addresses of the race page: `race.html#entity=<id>` arrives with that entity focused. */
export function raceUrl(entityId?: string): string {
  return entityId ? `race.html#entity=${encodeURIComponent(entityId)}` : 'race.html';
}

export function parseRaceHash(hash: string): { entityId?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entityId = params.get('entity')?.trim();
  return entityId ? { entityId } : {};
}
