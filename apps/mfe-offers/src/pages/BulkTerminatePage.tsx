import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, DateField, Dialog, Page, TableScroll, TextArea, formatAmount, formatDate, isCalendarDate, todayInParis } from '@portal/ui';
import { clearDraft, isSessionEnded, loadDraft, mutate, query, saveDraft } from '@portal/graphql-client';
import { isAbout, refusalText, useOffersEnv, type Refusal } from '../context.js';
import { BulkTerminateDocument, OfferSummaryDocument, TerminationQuoteDocument } from '../documents.js';
import type { OffersTerminateMutation } from '../gql/graphql.js';
import { LoadError } from '../components/Feedback.js';
import { Link } from '../components/Link.js';
import type { Quote } from '../components/QuoteCost.js';
import { ocPath } from '../util.js';
import { COMMENTS_MAX, terminationFormErrors } from '../components/termination-form.js';

type Named = { reference: string; name: string };
type Done = OffersTerminateMutation['contractedOffersTerminate']['terminations'];

const QUOTE_DELAY_MS = 250;
/** The regular invoices still to come for one OC, TTC. */
const upcomingOf = (q: Quote) => q.upcomingInvoices.reduce((s, i) => s + i.totalInclVatCents, 0);
/** OCs the quote could not name are looked up one by one, up to this many. */
const LOOKUPS_MAX = 50;

/** The OCs of `?oc=<id>&oc=<id>`, each once, in their order. */
export function bulkIds(search: string): string[] {
  return [...new Set(new URLSearchParams(search).getAll('oc').filter(Boolean))];
}

/**
 * Several OCs terminated with one desired date (contractedOffersTerminate): the quote of each
 * (date with notice, fee, closing invoice, credit note, equipment) before "Continuer", then all
 * are requested or none, with the reason per OC.
 */
export function BulkTerminatePage({ search }: { search: string }) {
  const env = useOffersEnv();
  const { t, locale, reloadKey } = env;
  const ids = useMemo(() => bulkIds(search), [search]);
  const client = new URLSearchParams(search).get('client');
  const listHref = client ? `/offres?client=${encodeURIComponent(client)}` : '/offres';
  // What the user typed survives a reload and a login after an ended session (same tab).
  const draftKey = `terminate-bulk:${ids.join(',')}`;
  const [draft] = useState(() => loadDraft<{ desiredOn: string; comments: string }>(draftKey));
  const [desiredOn, setDesiredOn] = useState(() => draft?.desiredOn ?? todayInParis());
  const [comments, setComments] = useState(() => draft?.comments ?? '');
  useEffect(() => saveDraft(draftKey, { desiredOn, comments }), [draftKey, desiredOn, comments]);
  const [quotes, setQuotes] = useState<Quote[] | null>(null);
  const [quoting, setQuoting] = useState(false);
  const [names, setNames] = useState<Record<string, Named | null>>({});
  const [dateError, setDateError] = useState<string | null>(null);
  const [commentsError, setCommentsError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [networkError, setNetworkError] = useState(false);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [checking, setChecking] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dateRef = useRef<HTMLInputElement>(null);

  async function fetchQuotes(date: string): Promise<Quote[] | null> {
    const ticket = ++latest.current;
    setQuoting(true);
    const { data, error } = await query(TerminationQuoteDocument, { input: { contractedOfferIds: ids, desiredOn: date } }, { requestPolicy: 'network-only' });
    if (ticket !== latest.current) return null;
    setQuoting(false);
    setNetworkError(!!error || !data);
    setDateError(null);
    setFormError(null);
    setRowErrors({});
    if (error || !data) {
      setQuotes(null);
      return null;
    }
    const result = data.contractedOfferTerminationQuote;
    const known: Record<string, Named> = {};
    result.forEach((q, i) => {
      if (q.contractedOffer) known[ids[i]!] = q.contractedOffer;
      if (q.error && isAbout(q.error, 'desiredOn')) setDateError(refusalText(env, q.error));
    });
    setNames((n) => ({ ...n, ...known }));
    setQuotes(result);
    return result;
  }

  useEffect(() => {
    setQuotes(null);
    if (ids.length === 0 || !isCalendarDate(desiredOn)) {
      latest.current++;
      setQuoting(false);
      return;
    }
    timer.current = setTimeout(() => void fetchQuotes(desiredOn), QUOTE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // fetchQuotes reads the date given and the OCs of the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desiredOn, ids, reloadKey]);

  // The OCs the quote could not describe (refused ones): their reference, when the caller sees them.
  useEffect(() => {
    if (!quotes) return;
    const missing = ids.filter((id) => !(id in names)).slice(0, LOOKUPS_MAX);
    for (const id of missing) {
      void query(OfferSummaryDocument, { id }).then(({ data }) => setNames((n) => ({ ...n, [id]: data?.contractedOffer ?? null })));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quotes]);

  /** Why the OC at this place cannot be terminated, or null. */
  function rowProblem(index: number): string | null {
    const own = rowErrors[index];
    if (own) return own;
    const error = quotes?.[index]?.error;
    return error && !isAbout(error, 'desiredOn') ? refusalText(env, error) : null;
  }

  function showRefusal(refusal: Refusal) {
    const text = refusalText(env, refusal);
    if (refusal.field?.[1] === 'contractedOfferIds' && refusal.field[2] !== undefined) setRowErrors((r) => ({ ...r, [Number(refusal.field![2])]: text }));
    else if (isAbout(refusal, 'desiredOn')) setDateError(text);
    else if (isAbout(refusal, 'comments')) setCommentsError(text);
    else setFormError(text);
  }

  async function continueToConfirmation(event: FormEvent) {
    event.preventDefault();
    // Every error of the form at once: the date and the comments.
    const errors = terminationFormErrors(t, desiredOn, comments);
    setCommentsError(errors.comments);
    if (errors.desiredOn) setDateError(errors.desiredOn);
    if (errors.desiredOn || errors.comments) {
      if (errors.desiredOn) dateRef.current?.focus();
      return;
    }
    clearTimeout(timer.current);
    setChecking(true);
    const current = quotes && !quoting ? quotes : await fetchQuotes(desiredOn);
    setChecking(false);
    if (!current) return;
    if (current.some((q) => q.error && isAbout(q.error, 'desiredOn'))) return dateRef.current?.focus();
    if (current.some((q) => q.error)) return setFormError(t('bulk.blocked'));
    setConfirming(true);
  }

  async function confirm() {
    setSubmitting(true);
    const { data, error } = await mutate(BulkTerminateDocument, { input: { contractedOfferIds: ids, desiredOn, comments: comments.trim() || null } });
    setSubmitting(false);
    setConfirming(false);
    if (isSessionEnded(error)) return setFormError(t('confirm.notRecorded'));
    if (error || !data) return setFormError(t('error.network'));
    const payload = data.contractedOffersTerminate;
    if (payload.userErrors.length > 0) {
      setRowErrors({});
      payload.userErrors.forEach(showRefusal);
      if (payload.userErrors.some((e) => e.field?.[1] === 'contractedOfferIds')) setFormError(t('bulk.refused'));
      return;
    }
    clearDraft(draftKey);
    setDone(payload.terminations);
  }

  const title = t('bulk.title');
  if (ids.length === 0) {
    return (
      <Page title={title}>
        <Alert tone="info">{t('bulk.none')}</Alert>
        <p className="oc-back"><Link href={listHref}><span aria-hidden="true">‹ </span>{t('bulk.back')}</Link></p>
      </Page>
    );
  }

  const label = (index: number) => {
    const named = names[ids[index]!];
    return named ? named.reference : t('bulk.unknown', { index: index + 1 });
  };
  const amount = (cents: number | null | undefined) => (cents == null ? '' : formatAmount(cents, locale));

  if (done) {
    return (
      <Page title={title}>
        <Alert tone="success">{t('bulk.done', { count: done.length })}</Alert>
        <TableScroll label={t('bulk.resultsCaption')}>
          <table className="pui-table">
            <caption className="pui-table__caption">{t('bulk.resultsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.REFERENCE')}</th>
                <th scope="col">{t('col.NAME')}</th>
                <th scope="col">{t('term.state')}</th>
                <th scope="col">{t('term.desiredOn')}</th>
                <th scope="col">{t('term.effectiveOn')}</th>
                <th scope="col" className="pui-cell--end">{t('term.fee')}</th>
                <th scope="col">{t('term.equipment')}</th>
              </tr>
            </thead>
            <tbody>
              {done.map((termination, i) => (
                <tr key={termination.id}>
                  <th scope="row"><Link href={ocPath(ids[i]!)}>{label(i)}</Link></th>
                  <td>{names[ids[i]!]?.name}</td>
                  <td>{t(`termState.${termination.state}`)}</td>
                  <td>{formatDate(termination.desiredOn, locale)}</td>
                  <td>{formatDate(termination.effectiveOn, locale)}</td>
                  <td className="pui-cell--end">{amount(termination.earlyTerminationFeeCents)}</td>
                  <td>
                    {termination.equipmentReturnReference
                      ? t('term.equipmentText', { reference: termination.equipmentReturnReference, date: formatDate(termination.equipmentReturnDeadline, locale) })
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="oc-back"><Link href={listHref}><span aria-hidden="true">‹ </span>{t('bulk.back')}</Link></p>
      </Page>
    );
  }

  const sum = (pick: (q: Quote) => number | null | undefined) => (quotes ?? []).reduce((s, q) => s + (q.error ? 0 : (pick(q) ?? 0)), 0);

  // A user who may terminate none of them sees no form they could not send.
  if (quotes?.length && quotes.every((q) => q.error?.code === 'FORBIDDEN')) {
    return (
      <Page title={title}>
        <p className="oc-back"><Link href={listHref}><span aria-hidden="true">‹ </span>{t('bulk.back')}</Link></p>
        <Alert tone="info">{t('bulk.notAllowed')}</Alert>
      </Page>
    );
  }

  return (
    <Page title={title}>
      <p className="oc-back"><Link href={listHref}><span aria-hidden="true">‹ </span>{t('bulk.back')}</Link></p>
      <p>{t('bulk.intro', { count: ids.length })}</p>
      {quotes?.some((q) => q.warningCodes.includes('STARTED_MONTH_DUE')) ? (
        <Alert tone="warning">
          <p>{t('terminate.warning')}</p>
          <p>{t('terminate.warningFirst')}</p>
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {networkError ? <LoadError onRetry={() => void fetchQuotes(desiredOn)} /> : null}

      <form className="oc-form" onSubmit={(e) => void continueToConfirmation(e)} noValidate>
        <DateField
          ref={dateRef}
          label={t('terminate.desiredOn')}
          name="desiredOn"
          locale={locale}
          value={desiredOn}
          onChange={(v) => { setDesiredOn(v); setDateError(null); }}
          hint={t('terminate.desiredHint')}
          error={dateError}
          required
        />
        <TextArea
          label={t('terminate.comments')}
          name="comments"
          value={comments}
          onChange={(v) => { setComments(v); setCommentsError(null); }}
          maxLength={COMMENTS_MAX}
          error={commentsError}
          locale={locale}
        />

        <TableScroll label={t('bulk.caption')}>
          <table className={`pui-table${quoting ? ' pui-table--loading' : ''}`} aria-busy={quoting || undefined}>
            <caption className="pui-table__caption">{t('bulk.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.REFERENCE')}</th>
                <th scope="col">{t('col.NAME')}</th>
                <th scope="col">{t('term.effectiveOn')}</th>
                <th scope="col" className="pui-cell--end">{t('bulk.fee')}</th>
                <th scope="col" className="pui-cell--end">{t('bulk.upcoming')}</th>
                <th scope="col" className="pui-cell--end">{t('bulk.invoice')}</th>
                <th scope="col" className="pui-cell--end">{t('bulk.creditNote')}</th>
                <th scope="col" className="pui-cell--end">{t('bulk.remaining')}</th>
                <th scope="col">{t('bulk.equipment')}</th>
                <th scope="col">{t('bulk.status')}</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id, i) => {
                const q = quotes?.[i];
                const ok = q && !q.error;
                const problem = rowProblem(i);
                return (
                  <tr key={id}>
                    <th scope="row"><Link href={ocPath(id)}>{label(i)}</Link></th>
                    <td>{names[id]?.name}</td>
                    <td>{ok ? formatDate(q.effectiveOn, locale) : ''}</td>
                    <td className="pui-cell--end">{ok ? amount(q.earlyTerminationFeeCents) : ''}</td>
                    <td className="pui-cell--end">{ok ? amount(upcomingOf(q)) : ''}</td>
                    <td className="pui-cell--end">{ok ? amount(q.closingInvoice?.totalInclVatCents ?? 0) : ''}</td>
                    <td className="pui-cell--end">{ok ? amount(q.creditNote?.totalInclVatCents ?? 0) : ''}</td>
                    <td className="pui-cell--end">{ok ? amount(q.remainingToPay?.totalInclVatCents ?? 0) : ''}</td>
                    <td>{ok && q.equipmentReturn ? t('cost.equipmentText', { reference: q.equipmentReturn.reference, date: formatDate(q.equipmentReturn.deadline, locale) }) : ''}</td>
                    <td>
                      {problem ? (
                        <span className="oc-problem"><span aria-hidden="true">⚠ </span>{problem}</span>
                      ) : q?.existingTermination ? (
                        t('bulk.pending')
                      ) : ok ? (
                        t('bulk.ready')
                      ) : quoting ? (
                        t('terminate.computing')
                      ) : (
                        ''
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            {quotes ? (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>{t('bulk.total')}</th>
                  <td className="pui-cell--end">{amount(sum((q) => q.earlyTerminationFeeCents))}</td>
                  <td className="pui-cell--end">{amount(sum(upcomingOf))}</td>
                  <td className="pui-cell--end">{amount(sum((q) => q.closingInvoice?.totalInclVatCents))}</td>
                  <td className="pui-cell--end">{amount(sum((q) => q.creditNote?.totalInclVatCents))}</td>
                  <td className="pui-cell--end"><strong>{amount(sum((q) => q.remainingToPay?.totalInclVatCents))}</strong></td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </TableScroll>

        <div className="oc-form__buttons">
          <Link href={listHref} className="pui-button pui-button--secondary">{t('terminate.close')}</Link>
          <Button type="submit" variant="primary" busy={checking}>
            {t('terminate.continue')}<span aria-hidden="true"> ➔</span>
          </Button>
        </div>
      </form>

      <Dialog
        open={confirming}
        title={t('confirm.title')}
        onClose={() => setConfirming(false)}
        locale={locale}
        footer={
          <>
            <Button type="button" onClick={() => setConfirming(false)}>{t('confirm.back')}</Button>
            <Button type="button" variant="danger" busy={submitting} onClick={() => void confirm()}>{t('confirm.submit')}</Button>
          </>
        }
      >
        <p>{t('bulk.confirmBody', { count: ids.length, date: formatDate(desiredOn, locale) })}</p>
        <p>
          {t('cost.remaining')} : <strong>{amount(sum((q) => q.remainingToPay?.totalInclVatCents))}</strong>
          <br />
          {t('bulk.upcoming')} : <strong>{amount(sum(upcomingOf))}</strong>
          <br />
          {t('cost.toPay')} : <strong>{amount(sum((q) => q.closingInvoice?.totalInclVatCents))}</strong>
          <br />
          {t('cost.toRefund')} : <strong>{amount(sum((q) => q.creditNote?.totalInclVatCents))}</strong>
        </p>
      </Dialog>
    </Page>
  );
}
