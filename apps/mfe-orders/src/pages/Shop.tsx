import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Page, Section, Select, TextField, formatAmount, formatDate } from '@portal/ui';
import { mutate, query } from '@portal/graphql-client';
import { CatalogueDocument, OrderQuoteDocument, OrderSubmitDocument, OrdersClientDocument, OrdersViewerDocument } from '../documents.js';
import { Link, useData, useEnv, type Refusal } from '../env.js';
import type { OrderInput, OrderLineInput, OrderQuoteQuery } from '../gql/graphql.js';

type Quote = NonNullable<OrderQuoteQuery['orderQuote']['quote']>;
const ZONES = ['01', '02', '03', '04', '05', '09'];

/** "Ma e-boutique" (own company) or "Commander pour mon client" (?client=<reference>): catalogue, cart, cost, confirmation. */
export function ShopPage({ search }: { search: string }) {
  const { t } = useEnv();
  const reference = new URLSearchParams(search).get('client');
  const viewer = useData(OrdersViewerDocument, {}, 'viewer');
  const client = useData(OrdersClientDocument, reference ? { reference } : null, reference ?? '');
  const own = viewer.data?.myCompany;
  const company = !reference || reference === own?.reference ? own : client.data?.customers.edges[0]?.node;
  if (!viewer.data || (reference && reference !== own?.reference && !client.data)) return <Page title={t('shop.title')}><p>…</p></Page>;
  if (!company) return <Page title={t('shop.title')}><Alert tone="error">{t('shop.unknownClient')}</Alert></Page>;
  return <Page title={company === own ? t('shop.title') : t('shop.forClient', { name: company.legalName })}><Cart companyId={company.id} /></Page>;
}

function Cart({ companyId }: { companyId: string }) {
  const { t } = useEnv();
  const catalogue = useData(CatalogueDocument, { companyId }, companyId);
  const [lines, setLines] = useState<OrderLineInput[]>([]);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [confirmed, setConfirmed] = useState<{ id: string; reference: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [lines]);
  const offers = catalogue.data?.catalogue ?? [];
  const sites = catalogue.data?.company?.sites ?? [];
  const input: OrderInput = { companyId, lines };

  const askQuote = async () => {
    setBusy(true);
    const { data } = await query(OrderQuoteDocument, { input }, { requestPolicy: 'network-only' });
    setBusy(false);
    setQuote(data?.orderQuote.quote ?? null);
    setRefusals(data?.orderQuote.userErrors ?? []);
  };
  const confirm = async () => {
    setBusy(true);
    const { data } = await mutate(OrderSubmitDocument, { input: { order: input, idempotencyKey } });
    setBusy(false);
    const order = data?.orderSubmit.order;
    if (order) setConfirmed(order);
    setRefusals(data?.orderSubmit.userErrors ?? []);
  };

  if (confirmed) {
    return (
      <Alert tone="success" title={t('shop.confirmed', { reference: confirmed.reference })}>
        <Link href={`/commandes/${encodeURIComponent(confirmed.id)}`}>{t('shop.follow')}</Link>
      </Alert>
    );
  }
  return (
    <>
      <Section title={t('shop.catalogue')}>
        {offers.length > 0 ? <LineForm offers={offers} sites={sites} onAdd={(line) => { setLines([...lines, line]); setQuote(null); }} /> : <p>…</p>}
      </Section>
      <Section title={t('shop.cart')}>
        {lines.length === 0 ? <p>{t('shop.empty')}</p> : (
          <ul className="ord-cart">
            {lines.map((line, i) => (
              <li key={i}>
                {offers.find((o) => o.code === line.offerCode)?.name}
                {line.optionCodes?.length ? ` + ${line.optionCodes.join(', ')}` : ''}
                {' — '}{sites.find((s) => s.id === line.siteId)?.name ?? line.newSite?.name}
                {[...(line.newNumbers ?? []).map((n) => n.number ?? `zone ${n.zone}`), ...(line.portedNumbers ?? []).map((p) => `${p.number} (${p.portingCode})`)].map((n) => <span key={n}> · {n}</span>)}
                {' '}<Button onClick={() => { setLines(lines.filter((_, j) => j !== i)); setQuote(null); }}>{t('shop.remove')}</Button>
              </li>
            ))}
          </ul>
        )}
        <div className="pui-toolbar">
          <Button onClick={askQuote} busy={busy} disabled={lines.length === 0}>{t('shop.quote')}</Button>
        </div>
      </Section>
      {refusals.length > 0 && <Alert tone="error"><ul>{refusals.map((r, i) => <li key={i}>{r.message}</li>)}</ul></Alert>}
      {quote && <QuoteView quote={quote} onConfirm={confirm} busy={busy} />}
    </>
  );
}

/** The site choice that creates a new site with the order. */
const NEW_SITE = 'NEW';

type Offer = { code: string; name: string; carriesNumbers: boolean; monthlyPriceCents: number; setupFeeCents: number; options: { code: string; name: string; monthlyPriceCents: number }[] };

function LineForm({ offers, sites, onAdd }: { offers: Offer[]; sites: { id: string; name: string }[]; onAdd(line: OrderLineInput): void }) {
  const { t } = useEnv();
  const [offerCode, setOfferCode] = useState(offers[0]!.code);
  const [siteId, setSiteId] = useState(sites[0]?.id ?? NEW_SITE);
  const [newSite, setNewSite] = useState({ name: '', addressLine1: '', postalCode: '', city: '' });
  const [quantity, setQuantity] = useState('1');
  const [options, setOptions] = useState<string[]>([]);
  const [newNumbers, setNewNumbers] = useState<{ zone: string; number: string }[]>([]);
  const [ported, setPorted] = useState<{ number: string; portingCode: string; holderName: string; portingOn: string }[]>([]);
  const offer = offers.find((o) => o.code === offerCode)!;
  const add = () => {
    onAdd({
      offerCode, quantity: Number(quantity) || 1, optionCodes: options,
      ...(siteId === NEW_SITE ? { newSite: { ...newSite } } : { siteId }),
      ...(offer.carriesNumbers ? { newNumbers: newNumbers.map((n) => ({ zone: n.zone, number: n.number.trim() || null })), portedNumbers: ported } : {}),
    });
    setOptions([]); setNewNumbers([]); setPorted([]);
  };
  return (
    <div className="ord-form">
      <Select label={t('shop.offer')} name="offerCode" value={offerCode} onChange={(v) => { setOfferCode(v); setOptions([]); }}
        options={offers.map((o) => ({ value: o.code, label: `${o.name} — ${formatAmount(o.monthlyPriceCents)} HT/mois` }))} />
      <Select label={t('shop.site')} name="siteId" value={siteId} onChange={setSiteId}
        options={[...sites.map((s) => ({ value: s.id, label: s.name })), { value: NEW_SITE, label: t('shop.newSite') }]} />
      {siteId === NEW_SITE && (
        <fieldset><legend>{t('shop.newSite')}</legend>
          {(['name', 'addressLine1', 'postalCode', 'city'] as const).map((f) => (
            <TextField key={f} label={t(`shop.newSite.${f}`)} name={`newSite-${f}`} value={newSite[f]} onChange={(v) => setNewSite({ ...newSite, [f]: v })} />
          ))}
        </fieldset>
      )}
      <TextField label={t('shop.quantity')} name="quantity" type="number" value={quantity} onChange={setQuantity} />
      {offer.options.length > 0 && (
        <fieldset><legend>{t('shop.options')}</legend>
          {offer.options.map((o) => (
            <Checkbox key={o.code} name={`option-${o.code}`} label={`${o.name} (+${formatAmount(o.monthlyPriceCents)} HT/mois)`} checked={options.includes(o.code)}
              onChange={(on) => setOptions(on ? [...options, o.code] : options.filter((c) => c !== o.code))} />
          ))}
        </fieldset>
      )}
      {offer.carriesNumbers && (
        <>
          {newNumbers.map((n, i) => (
            <fieldset key={`n${i}`}><legend>{t('shop.newNumber')}</legend>
              <Select label={t('shop.newNumber')} name={`zone-${i}`} value={n.zone} onChange={(zone) => setNewNumbers(newNumbers.map((x, j) => (j === i ? { ...x, zone } : x)))} options={ZONES.map((z) => ({ value: z, label: z }))} />
              <TextField label={t('shop.newNumberValue')} name={`new-${i}`} value={n.number} onChange={(number) => setNewNumbers(newNumbers.map((x, j) => (j === i ? { ...x, number } : x)))} />
            </fieldset>
          ))}
          {ported.map((p, i) => (
            <fieldset key={`p${i}`}><legend>{t('shop.ported')}</legend>
              <TextField label={t('shop.ported')} name={`ported-${i}`} value={p.number} onChange={(number) => setPorted(ported.map((x, j) => (j === i ? { ...x, number } : x)))} />
              <TextField label={t('shop.rio')} name={`rio-${i}`} value={p.portingCode} onChange={(portingCode) => setPorted(ported.map((x, j) => (j === i ? { ...x, portingCode } : x)))} />
              <TextField label={t('shop.holder')} name={`holder-${i}`} value={p.holderName} onChange={(holderName) => setPorted(ported.map((x, j) => (j === i ? { ...x, holderName } : x)))} />
              <TextField label={t('shop.portingOn')} name={`porting-${i}`} type="date" value={p.portingOn} onChange={(portingOn) => setPorted(ported.map((x, j) => (j === i ? { ...x, portingOn } : x)))} />
            </fieldset>
          ))}
          <div className="pui-toolbar">
            <Button onClick={() => setNewNumbers([...newNumbers, { zone: '01', number: '' }])}>{t('shop.addNewNumber')}</Button>
            <Button onClick={() => setPorted([...ported, { number: '', portingCode: '', holderName: '', portingOn: '' }])}>{t('shop.addPorted')}</Button>
          </div>
        </>
      )}
      <div className="pui-toolbar"><Button variant="primary" onClick={add}>{t('shop.add')}</Button></div>
    </div>
  );
}

function QuoteView({ quote, onConfirm, busy }: { quote: Quote; onConfirm(): void; busy: boolean }) {
  const { t } = useEnv();
  return (
    <Section title={t('shop.cost')}>
      <table className="pui-table">
        <thead><tr><th>{t('shop.offer')}</th><th>{t('shop.activation')}</th><th>{t('shop.setup')}</th><th>{t('shop.firstInvoice')}</th><th>{t('shop.monthly')}</th><th>{t('shop.commitment')}</th><th>{t('shop.notice')}</th></tr></thead>
        <tbody>
          {quote.lines.map((l, i) => (
            <tr key={i}>
              <td>{l.name}</td><td>{formatDate(l.expectedActivationOn)}</td><td>{formatAmount(l.setupFeeCents)}</td>
              <td>{formatAmount(l.firstInvoice.exclVatCents)} {t('shop.ht')}</td><td>{formatAmount(l.monthly.exclVatCents)} {t('shop.ht')}</td>
              <td>{l.commitmentEndsOn ? formatDate(l.commitmentEndsOn) : '—'}</td><td>{l.noticePeriodMonths}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ord-totals">
        <div><dt>{t('shop.firstInvoice')}</dt><dd data-testid="first-invoice">{formatAmount(quote.firstInvoice.exclVatCents)} {t('shop.ht')} · {formatAmount(quote.firstInvoice.inclVatCents)} {t('shop.ttc')}</dd></div>
        <div><dt>{t('shop.monthly')}</dt><dd data-testid="monthly">{formatAmount(quote.monthly.exclVatCents)} {t('shop.ht')} · {formatAmount(quote.monthly.inclVatCents)} {t('shop.ttc')}</dd></div>
      </dl>
      <div className="pui-toolbar"><Button variant="primary" onClick={onConfirm} busy={busy}>{t('shop.confirm')}</Button></div>
    </Section>
  );
}
