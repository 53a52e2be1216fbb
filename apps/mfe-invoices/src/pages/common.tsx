import { Link, useBillingEnv } from '../context.js';
import { LIST_PATH, type DocumentKind } from '../url.js';

/** "Consultation des factures" / "Consultation des avoirs", keeping the customer acted for. */
export function BillingTabs({ kind, client }: { kind: DocumentKind; client: string | null }) {
  const { t } = useBillingEnv();
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
