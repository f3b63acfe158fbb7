/** A labelled on/off switch: a checkbox with role="switch", so screen readers say "on"/"off". */
import type { ComponentChildren } from 'preact';

export function Switch(props: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div class="ail-switch-row">
      <input
        id={props.id}
        class="ail-switch"
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        {props.hint && (
          <p id={hintId} class="ail-hint">
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}
