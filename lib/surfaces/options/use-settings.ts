/** Live settings for a Preact surface: re-renders when any surface (or another device) changes them. */
import { useEffect, useState } from 'preact/hooks';
import { updateSettings, watchSettings, type Settings } from '../../platform/settings';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => watchSettings(setSettings), []);
  return settings;
}

export { updateSettings };
