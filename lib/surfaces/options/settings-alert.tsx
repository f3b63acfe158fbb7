/** Says, where the person changed a setting, that the change could not be saved and why (until a later one is). */
import { useLayoutEffect, useState } from 'preact/hooks';
import { onSettingsWriteResult } from '../../platform/settings';

export function SettingsWriteAlert({ class: className = 'ail-error' }: { class?: string }) {
  const [error, setError] = useState<string | null>(null);
  // Subscribed as soon as it is drawn, so a change made at once is heard.
  useLayoutEffect(() => onSettingsWriteResult(setError), []);
  if (!error) return null;
  return (
    <p class={className} role="alert" data-settings-alert="">
      {error}
    </p>
  );
}
