import { Alert, DataTable, Page, formatDateTime } from '@portal/ui';
import { useEnv } from '../context.js';
import { AuditDocument } from '../documents.js';
import { CursorPager, Loaded, useQuery } from '../kit.js';
import { messages, type MessageKey } from '../messages.js';

const known: Record<string, string> = messages.fr;

/** Details of an event as "key: value" pairs. */
function details(value: Record<string, unknown> | null | undefined): string {
  return value ? Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' · ') : '';
}

/** /entreprise/journal: the audit log of the company, newest first (administrators). */
export function AuditPage() {
  const { t, locale, viewer, search } = useEnv();
  const allowed = viewer.permissions.includes('AUDIT_READ');
  const state = useQuery(AuditDocument, { after: search.get('apres') }, !allowed);
  if (!allowed) return <Page title={t('audit.title')}><Alert tone="info">{t('forbidden')}</Alert></Page>;
  return (
    <Page title={t('audit.title')}>
      <Loaded state={state}>
        {({ auditEvents }) => (
          <>
            <DataTable
              locale={locale}
              caption={t('audit.caption')}
              rows={auditEvents.edges.map((e) => e.node)}
              rowKey={(e) => e.id}
              loading={state.loading}
              empty={t('audit.empty')}
              columns={[
                { key: 'when', label: t('audit.when'), render: (e) => formatDateTime(e.occurredAt, locale) },
                { key: 'action', label: t('audit.action'), render: (e) => (`action.${e.action}` in known ? t(`action.${e.action}` as MessageKey) : e.action) },
                { key: 'actor', label: t('audit.actor'), render: (e) => e.actorLogin ?? '—' },
                { key: 'target', label: t('audit.target'), render: (e) => [e.targetType, e.targetId].filter(Boolean).join(' ') || '—' },
                { key: 'ip', label: t('audit.ip'), render: (e) => e.ipAddress ?? '—' },
                { key: 'details', label: t('audit.details'), render: (e) => details(e.details) },
              ]}
            />
            <CursorPager connection={auditEvents} shown={auditEvents.edges.length} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
