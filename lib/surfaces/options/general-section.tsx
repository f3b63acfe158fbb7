/** Pause, where names are highlighted, highlight style, hover delay and theme. */
import { useEffect, useState } from 'preact/hooks';
import { formatMilliseconds } from '../../core/format';
import { t, type MessageKey } from '../../core/i18n';
import { HOVER_DELAY_RANGE, clampHoverDelay, saveSettings, type HighlightStyle, type Settings, type Theme } from '../../platform/settings';
import { Switch } from './switch';

const STYLES: [HighlightStyle, MessageKey][] = [
  ['underline', 'styleUnderline'],
  ['background', 'styleBackground'],
  ['none', 'styleNone'],
];
const THEMES: [Theme, MessageKey][] = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
];

function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: [T, MessageKey][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="ail-field">
      <legend>{props.legend}</legend>
      <div class="ail-segmented">
        {props.options.map(([value, key]) => (
          <label key={value} class="ail-segment">
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function GeneralSection({ settings }: { settings: Settings }) {
  // The slider shows its value while dragged; storage (and every tab) hears it once, on release.
  const [delay, setDelay] = useState(settings.hoverDelayMs);
  useEffect(() => setDelay(settings.hoverDelayMs), [settings.hoverDelayMs]);
  return (
    <section class="ail-card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('sectionGeneral')}</h2>
      <Switch
        id="pause"
        checked={settings.paused}
        onChange={(paused) => void saveSettings({ paused })}
        label={t('pauseLabel')}
        hint={t('pauseHint')}
      />
      <Switch
        id="highlight-everywhere"
        checked={settings.highlightEverywhere}
        onChange={(highlightEverywhere) => void saveSettings({ highlightEverywhere })}
        label={t('everywhereLabel')}
        hint={t('everywhereHint')}
      />
      <RadioGroup
        name="highlightStyle"
        legend={t('styleLabel')}
        value={settings.highlightStyle}
        options={STYLES}
        onChange={(highlightStyle) => void saveSettings({ highlightStyle })}
      />
      <div class="ail-field">
        <label for="hover-delay">{t('delayLabel')}</label>
        <div class="ail-slider-row">
          <input
            id="hover-delay"
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={delay}
            aria-describedby="hover-delay-hint"
            aria-valuetext={formatMilliseconds(delay)}
            onInput={(e) => setDelay(clampHoverDelay(Number(e.currentTarget.value)))}
            onChange={(e) => void saveSettings({ hoverDelayMs: clampHoverDelay(Number(e.currentTarget.value)) })}
          />
          <output for="hover-delay">{formatMilliseconds(delay)}</output>
        </div>
        <p id="hover-delay-hint" class="ail-hint">
          {t('delayHint')}
        </p>
      </div>
      <RadioGroup
        name="theme"
        legend={t('themeLabel')}
        value={settings.theme}
        options={THEMES}
        onChange={(theme) => void saveSettings({ theme })}
      />
    </section>
  );
}
