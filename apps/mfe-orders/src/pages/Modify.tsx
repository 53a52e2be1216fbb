import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Page, Select, formatAmount } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { CatalogueDocument, ModifyTargetDocument, OrderModifyDocument } from '../documents.js';
import { Link, useData, useEnv, type Refusal } from '../env.js';

/** "Modifier l'offre" (?oc=<id>): a Modification order moving a delivered OC to another offer or options. */
export function ModifyPage({ search }: { search: string }) {
  const { t } = useEnv();
  const ocId = new URLSearchParams(search).get('oc') ?? '';
  const target = useData(ModifyTargetDocument, ocId ? { id: ocId } : null, ocId);
  const oc = target.data?.contractedOffer;
  const catalogue = useData(CatalogueDocument, oc?.endCustomer ? { companyId: oc.endCustomer.id } : null, oc?.endCustomer?.id ?? '');
  const offers = (catalogue.data?.catalogue ?? []).filter((o) => !o.carriesNumbers);
  const [offerCode, setOfferCode] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [done, setDone] = useState<{ id: string; reference: string } | null>(null);
  const key = useMemo(() => crypto.randomUUID(), [offerCode, options]);
  if (!target.data) return <Page title={t('modify.title')}><p>…</p></Page>;
  if (!oc) return <Page title={t('notFound.title')}><Alert tone="error">{t('notFound.title')}</Alert></Page>;
  const code = offerCode || offers[0]?.code || '';
  const offer = offers.find((o) => o.code === code);
  const submit = async () => {
    const { data } = await mutate(OrderModifyDocument, { input: { contractedOfferId: oc.id, offerCode: code, optionCodes: options, idempotencyKey: key } });
    setRefusals(data?.orderModify.userErrors ?? []);
    if (data?.orderModify.order) setDone(data.orderModify.order);
  };
  return (
    <Page title={t('modify.title')}>
      <p>{oc.reference} — {oc.name} — {oc.endCustomer?.legalName} — {formatAmount(oc.monthlyPriceCents)} HT/mois</p>
      {done ? (
        <Alert tone="success" title={t('shop.confirmed', { reference: done.reference })}><Link href={`/commandes/${encodeURIComponent(done.id)}`}>{t('shop.follow')}</Link></Alert>
      ) : (
        <>
          {offers.length > 0 && (
            <div className="ord-form">
              <Select label={t('shop.offer')} name="offerCode" value={code} onChange={(v) => { setOfferCode(v); setOptions([]); }}
                options={offers.map((o) => ({ value: o.code, label: `${o.name} — ${formatAmount(o.monthlyPriceCents)} HT/mois` }))} />
              {offer?.options.map((o) => (
                <Checkbox key={o.code} name={`option-${o.code}`} label={`${o.name} (+${formatAmount(o.monthlyPriceCents)} HT/mois)`} checked={options.includes(o.code)}
                  onChange={(on) => setOptions(on ? [...options, o.code] : options.filter((c) => c !== o.code))} />
              ))}
            </div>
          )}
          <p>{t('modify.hint')}</p>
          {refusals.length > 0 && <Alert tone="error"><ul>{refusals.map((r, i) => <li key={i}>{r.message}</li>)}</ul></Alert>}
          <div className="pui-toolbar"><Button variant="primary" onClick={submit}>{t('modify.submit')}</Button></div>
        </>
      )}
    </Page>
  );
}
