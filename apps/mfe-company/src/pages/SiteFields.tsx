import { Select, TextField } from '@portal/ui';
import { useEnv } from '../context.js';
import { options } from '../kit.js';
import type { MessageKey } from '../messages.js';

/** The text fields of a site, as the form keeps them (empty string = not given). */
export const SITE_FIELDS = {
  name: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  country: 'FR',
  paymentMethod: '',
  iban: '',
  bic: '',
  sepaMandateReference: '',
};

export type SiteKey = keyof typeof SITE_FIELDS;
export const SITE_KEYS = Object.keys(SITE_FIELDS) as SiteKey[];
const PAYMENT: SiteKey[] = ['paymentMethod', 'iban', 'bic', 'sepaMandateReference'];

type Bind = (name: string, label: MessageKey) => { name: string; label: string; value: string; onChange(value: string): void; error: string | null };

/**
 * Address and payment details of a site ("Nouveau site", a site's detail, a new customer's head
 * office). `prefix` names the fields as the mutation's input does ("headOffice."), so that the
 * server's userErrors land at their field.
 */
export function SiteFields({ bind, prefix = '', paymentLocked = false, maskedIban }: { bind: Bind; prefix?: string; paymentLocked?: boolean; maskedIban?: string | null }) {
  const { t } = useEnv();
  const f = (name: SiteKey, label: MessageKey) => bind(`${prefix}${name}`, label);
  return (
    <>
      <div className="mfc-grid">
        <TextField {...f('name', 'sites.name')} required />
        <TextField {...f('addressLine1', 'sites.addressLine1')} autoComplete="address-line1" required />
        <TextField {...f('addressLine2', 'sites.addressLine2')} autoComplete="address-line2" />
        <TextField {...f('postalCode', 'sites.postalCode')} autoComplete="postal-code" required />
        <TextField {...f('city', 'sites.city')} autoComplete="address-level2" required />
        <TextField {...f('country', 'sites.country')} autoComplete="country" />
      </div>
      <fieldset className="mfc-checks">
        <legend>{t('sites.paymentTitle')}</legend>
        <div className="mfc-grid">
          <Select {...f('paymentMethod', 'sites.paymentMethod')} placeholder={t('none')} options={options(t, 'payment', ['SEPA_DIRECT_DEBIT', 'TRANSFER'])} disabled={paymentLocked} />
          <TextField {...f('iban', 'sites.iban')} hint={maskedIban ? `${maskedIban} — ${t('sites.ibanMasked')}` : t('sites.ibanHint')} disabled={paymentLocked} />
          <TextField {...f('bic', 'sites.bic')} hint={t('sites.bicHint')} disabled={paymentLocked} />
          <TextField {...f('sepaMandateReference', 'sites.mandate')} disabled={paymentLocked} />
        </div>
      </fieldset>
    </>
  );
}

/**
 * The input of a site mutation from the form's values: everything given (creation), or only what
 * changed from `before` (update; a cleared field is sent as null). Payment fields are left out
 * when `withPayment` is false (the caller may not change them).
 */
export function siteInput(values: Record<string, unknown>, prefix = '', before?: Record<SiteKey, string>, withPayment = true): Record<string, string | null> {
  const input: Record<string, string | null> = {};
  for (const key of SITE_KEYS) {
    if (!withPayment && PAYMENT.includes(key)) continue;
    const value = String(values[`${prefix}${key}`] ?? '').trim();
    if (before ? value !== before[key] : value !== '') input[key] = value === '' ? null : value;
  }
  return input;
}
