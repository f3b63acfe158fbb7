import { useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../../platform/annotations';
import { sendToBackground } from '../../platform/messaging';
import { formatDay, formatNumber } from '../../core/format';
import { plural, t, type MessageKey } from '../../core/i18n';
import { buildRows, filterRows, groupRows, type AnnotationGroup, type AnnotationRow, type GroupBy } from './annotation-list';
import { downloadAnnotations, exportedMessage, importAnnotationFile, importedMessage, refusedMessage } from '../download';
import { Markdown } from '../../ui/markdown';
import { useAnnotationRecords } from './use-annotations';

/** Rows drawn at first; more on request, so 10,000 annotations never become 10,000 DOM nodes at once. */
export const PAGE_SIZE = 60;

const GROUPS: { value: GroupBy; label: MessageKey }[] = [
  { value: 'page', label: 'sidepanelGroupPage' },
  { value: 'entity', label: 'sidepanelGroupEntity' },
  { value: 'tag', label: 'sidepanelGroupTag' },
];
const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'jsonld', label: 'JSON-LD' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'csv', label: 'CSV' },
];

interface Props {
  entityName: (id: string) => string;
  /** Shows an entity's full entry (the side panel's entity view), where one is wired. */
  onOpenEntity?: (entityId: string) => void;
}

/** The day an annotation was last changed, in the person's locale. */
function formatModified(iso: string): string {
  try {
    return formatDay(iso);
  } catch {
    return iso.slice(0, 10);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function Row({ row, showPage, entityName, onOpenEntity, onOpen }: {
  row: AnnotationRow;
  showPage: boolean;
  entityName: (id: string) => string;
  onOpenEntity?: (id: string) => void;
  onOpen: (row: AnnotationRow) => void;
}) {
  return (
    <li class={`item${row.orphan ? ' orphan' : ''}`}>
      <button type="button" class="open" onClick={() => onOpen(row)} title={t('sidepanelOpenTitle', row.url)}>
        <span class="quote">{row.quote}</span>
      </button>
      {row.note && <Markdown class="note" source={row.note} />}
      <div class="meta">
        {row.orphan && (
          <span class="badge orphan" title={t('sidepanelOrphanTitle')}>
            {t('sidepanelOrphan')}
          </span>
        )}
        {row.tags.map((tag) => (
          <span class="chip tag" key={`t-${tag}`}>
            #{tag}
          </span>
        ))}
        {row.entityIds.map((id) =>
          onOpenEntity ? (
            <button type="button" class="chip entity" key={`e-${id}`} onClick={() => onOpenEntity(id)}>
              {entityName(id)}
            </button>
          ) : (
            <span class="chip entity" key={`e-${id}`}>
              {entityName(id)}
            </span>
          ),
        )}
        {showPage && <span class="page">{row.title}</span>}
        <time dateTime={row.annotation.modified}>{formatModified(row.annotation.modified)}</time>
      </div>
    </li>
  );
}

type Status = { text: string; tone: 'info' | 'error' } | null;

/** Every annotation, grouped and searchable, with export of what is shown and JSON-LD import. */
export function AnnotationsView({ entityName, onOpenEntity }: Props) {
  const { records, error } = useAnnotationRecords();
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('page');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState<Status>(null);

  const rows = useMemo(() => buildRows(records ?? [], entityName), [records, entityName]);
  const shown = useMemo(() => filterRows(rows, query), [rows, query]);
  const groups = useMemo(() => {
    // Only the first `limit` rows are drawn; grouping the rest would be work nobody sees.
    return groupRows(shown.slice(0, limit), groupBy, entityName);
  }, [shown, groupBy, limit, entityName]);
  const orphanCount = useMemo(() => shown.filter((r) => r.orphan).length, [shown]);

  const open = async (row: AnnotationRow) => {
    try {
      await sendToBackground({ type: 'ui/open-annotation', url: row.url, annotationId: row.annotation.id });
    } catch (e) {
      setStatus({ text: t('sidepanelOpenFailed', (e as Error).message), tone: 'error' });
    }
  };

  const total = rows.length;
  return (
    <section class="annotations" aria-label={t('sidepanelAnnotationsLabel')}>
      <Toolbar
        query={query}
        onQuery={(q) => {
          setQuery(q);
          setLimit(PAGE_SIZE);
        }}
        groupBy={groupBy}
        onGroupBy={setGroupBy}
      />
      <p class="summary" role="status">
        {records === null
          ? t('sidepanelLoading')
          : query
            ? plural(total, 'sidepanelMatchCountOne', 'sidepanelMatchCountOther', formatNumber(shown.length))
            : plural(total, 'sidepanelCountOne', 'sidepanelCountOther')}
        {orphanCount > 0 && ` · ${plural(orphanCount, 'sidepanelOrphanCountOne', 'sidepanelOrphanCountOther')}`}
      </p>
      {error && (
        <p class="message error" role="alert">
          {error}
        </p>
      )}
      <div class="groups">
        {records !== null && total === 0 && <EmptyHint />}
        {total > 0 && shown.length === 0 && <p class="empty">{t('sidepanelNoMatch', query)}</p>}
        {groups.map((group) => (
          <Group key={group.key} group={group} showPage={groupBy !== 'page'} entityName={entityName} onOpenEntity={onOpenEntity} onOpen={open} />
        ))}
        {shown.length > limit && (
          <button type="button" class="more" onClick={() => setLimit((l) => l + PAGE_SIZE * 2)}>
            {t('sidepanelShowMore', formatNumber(shown.length - limit))}
          </button>
        )}
      </div>
      <AnnotationFiles shown={shown} filtered={!!query} entityName={entityName} status={status} setStatus={setStatus} />
    </section>
  );
}

function Toolbar({ query, onQuery, groupBy, onGroupBy }: {
  query: string;
  onQuery(query: string): void;
  groupBy: GroupBy;
  onGroupBy(groupBy: GroupBy): void;
}) {
  return (
    <div class="toolbar">
      <input
        type="search"
        class="search"
        aria-label={t('sidepanelSearchLabel')}
        placeholder={t('sidepanelSearchPlaceholder')}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="segmented" role="radiogroup" aria-label={t('sidepanelGroupBy')}>
        {GROUPS.map((g) => (
          <button type="button" role="radio" aria-checked={groupBy === g.value} key={g.value} onClick={() => onGroupBy(g.value)}>
            {t(g.label)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** No annotation yet: what to do to make one. */
function EmptyHint() {
  // The hint names the Annotate button, in bold, wherever the translation puts it.
  const emptyHint = t('sidepanelEmptyHint', '\uE000').split('\uE000');
  return (
    <div class="empty">
      <p>{t('sidepanelEmpty')}</p>
      <p>
        {emptyHint[0]}
        <strong>{t('sidepanelEmptyHintAction')}</strong>
        {emptyHint[1]}
      </p>
    </div>
  );
}

function Group({ group, showPage, entityName, onOpenEntity, onOpen }: {
  group: AnnotationGroup;
  showPage: boolean;
  entityName: (id: string) => string;
  onOpenEntity?: (id: string) => void;
  onOpen: (row: AnnotationRow) => void;
}) {
  return (
    <section class="group" aria-label={group.label}>
      <h2>
        <span class="label">{group.label}</span>
        {group.url && <span class="host">{hostOf(group.url)}</span>}
        <span class="count">{group.rows.length}</span>
      </h2>
      <ul>
        {group.rows.map((row) => (
          <Row key={row.annotation.id} row={row} showPage={showPage} entityName={entityName} onOpenEntity={onOpenEntity} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/** Export of what is shown (every format) and import of a JSON-LD file, with what came of it. */
function AnnotationFiles({ shown, filtered, entityName, status, setStatus }: {
  shown: AnnotationRow[];
  filtered: boolean;
  entityName: (id: string) => string;
  status: Status;
  setStatus(status: Status): void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const exportAs = (format: ExportFormat) => {
    const file = downloadAnnotations(format, shown.map((r) => r.annotation), entityName);
    setStatus({ text: exportedMessage(shown.length, file.filename), tone: 'info' });
  };
  const importFile = async (file: File) => {
    try {
      setStatus({ text: importedMessage(await importAnnotationFile(file), file.name), tone: 'info' });
    } catch (e) {
      setStatus({ text: refusedMessage(file.name, e), tone: 'error' });
    }
  };
  return (
    <footer class="io">
      {status && (
        <p class={`message ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <div class="io-row" role="group" aria-label={filtered ? t('sidepanelExportShownLabel') : t('sidepanelExportAllLabel')}>
        <span class="io-label">{filtered ? t('sidepanelExportShown', formatNumber(shown.length)) : t('sidepanelExportAll')}</span>
        {FORMATS.map((f) => (
          <button type="button" class="btn" key={f.value} disabled={!shown.length} onClick={() => exportAs(f.value)}>
            {f.label}
          </button>
        ))}
      </div>
      <div class="io-row">
        <button type="button" class="btn" onClick={() => fileInput.current?.click()}>
          {t('sidepanelImportButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          aria-label={t('sidepanelImportLabel')}
          hidden
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </footer>
  );
}
