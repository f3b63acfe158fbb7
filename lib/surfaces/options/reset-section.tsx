/** "Reset everything", behind a confirmation dialog that says exactly what goes. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { resetEverything } from './reset';

export function ResetSection() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <section class="ail-card ail-danger-zone" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('sectionReset')}</h2>
      <p class="ail-hint">{t('resetHint')}</p>
      <button type="button" class="ail-button ail-danger" onClick={() => { setDone(false); dialog.current?.showModal(); }}>
        {t('resetButton')}
      </button>
      <div role="status" aria-live="polite" class="ail-status-slot">
        {done && <p class="ail-notice">{t('resetDone')}</p>}
      </div>
      <dialog ref={dialog} class="ail-dialog" role="alertdialog" aria-labelledby="reset-title" aria-describedby="reset-body">
        <h3 id="reset-title">{t('resetConfirmTitle')}</h3>
        <p id="reset-body">{t('resetConfirmBody')}</p>
        <div class="ail-row ail-dialog-actions">
          <button type="button" class="ail-button ail-quiet" autofocus onClick={close}>
            {t('resetCancel')}
          </button>
          <button
            type="button"
            class="ail-button ail-danger"
            onClick={async () => {
              await resetEverything();
              close();
              setDone(true);
            }}
          >
            {t('resetConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
