import { Link, useBillingEnv, useDocumentQuery } from '../context.js';
import { BillingViewerDocument } from '../documents.js';
import { HELD_PATH, LIST_PATH, type DocumentKind } from '../url.js';

/** The caller acts in the operator universe (the issuer of the documents). */
export function useIsOperator(): boolean | undefined {
  const viewer = useDocumentQuery(BillingViewerDocument, {}, 'viewer');
  return viewer.data ? !!viewer.data.viewer?.universes.includes('OPERATOR') : undefined;
}

/**
 * "Consultation des factures" / "Consultation des avoirs", keeping the customer acted for; and, for
 * the operator, "Documents en attente".
 */
export function BillingTabs({ kind, client }: { kind: DocumentKind | 'held'; client: string | null }) {
  const { t } = useBillingEnv();
  const operator = useIsOperator();
  const suffix = client ? `?client=${encodeURIComponent(client)}` : '';
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="inv-tabs">
        {(['invoices', 'creditNotes'] as const).map((k) => (
          <li key={k}>
            <Link href={`${LIST_PATH[k]}${suffix}`} aria-current={k === kind ? 'page' : undefined}>
              {t(k === 'invoices' ? 'nav.invoices' : 'nav.creditNotes')}
            </Link>
          </li>
        ))}
        {operator ? <li><Link href={HELD_PATH} aria-current={kind === 'held' ? 'page' : undefined}>{t('nav.held')}</Link></li> : null}
      </ul>
    </nav>
  );
}

/** Whose documents these are when acting for a customer, and the way back to its universe. */
export function ClientBanner({ clientId, client }: { clientId: string; client: { legalName: string; reference: string } | null }) {
  const { t } = useBillingEnv();
  return (
    <div className="inv-actions">
      {client ? <p><strong>{t('client.for', { name: client.legalName, reference: client.reference })}</strong></p> : null}
      <Link href={`/entreprise/clients/${encodeURIComponent(clientId)}`} className="inv-link">
        <span aria-hidden="true">‹ </span>{t('client.back')}
      </Link>
    </div>
  );
}
