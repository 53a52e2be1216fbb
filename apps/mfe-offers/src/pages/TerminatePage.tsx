import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, DateField, DefinitionList, Dialog, Page, TextArea, formatDate, isCalendarDate, todayInParis } from '@portal/ui';
import { clearDraft, isSessionEnded, loadDraft, mutate, query, saveDraft } from '@portal/graphql-client';
import { effectiveDate } from '@portal/offers/termination-rules';
import { isAbout, refusalText, useOffersEnv, type Refusal } from '../context.js';
import { OfferDetailDocument, TerminateDocument, TerminationQuoteDocument } from '../documents.js';
import { LoadError, Loading, ReadOnlyField } from '../components/Feedback.js';
import { Link } from '../components/Link.js';
import { QuoteCost, quoteSummary, type Quote } from '../components/QuoteCost.js';
import { useLoad } from '../components/useLoad.js';
import { COMMENTS_MAX, terminationFormErrors } from '../components/termination-form.js';
import { newIdempotencyKey, ocPath } from '../util.js';
import { flashTerminationRequested } from './DetailPage.js';

/** How long the desired date must stay still before the quote is asked for. */
const QUOTE_DELAY_MS = 250;

/**
 * "Résilier l'offre contractée": desired date, notice, the date with notice, comments, the warning
 * on started months and the exact cost from the server's quote; "Continuer" asks for confirmation,
 * then requests the termination.
 */
export function TerminatePage({ id }: { id: string }) {
  const env = useOffersEnv();
  const { t, locale, navigate, reloadKey } = env;
  const detail = useLoad(() => query(OfferDetailDocument, { id }, { requestPolicy: 'network-only' }), `${id}#${reloadKey}`);
  // What the user typed survives a reload and a login after an ended session (same tab).
  const draftKey = `terminate:${id}`;
  const [draft] = useState(() => loadDraft<{ desiredOn: string; comments: string }>(draftKey));
  const [desiredOn, setDesiredOn] = useState(() => draft?.desiredOn ?? todayInParis());
  const [comments, setComments] = useState(() => draft?.comments ?? '');
  useEffect(() => saveDraft(draftKey, { desiredOn, comments }), [draftKey, desiredOn, comments]);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [quoting, setQuoting] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const [commentsError, setCommentsError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [networkError, setNetworkError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [checking, setChecking] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const latest = useRef(0);
  const dateRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Asks the server for the quote of this date; resolves with it when it is still the latest. */
  async function fetchQuote(date: string): Promise<Quote | null> {
    const ticket = ++latest.current;
    setQuoting(true);
    const { data, error } = await query(TerminationQuoteDocument, { input: { contractedOfferIds: [id], desiredOn: date } }, { requestPolicy: 'network-only' });
    if (ticket !== latest.current) return null;
    setQuoting(false);
    setNetworkError(false);
    setDateError(null);
    setFormError(null);
    if (error || !data) {
      setQuote(null);
      setNetworkError(true);
      return null;
    }
    const result = data.contractedOfferTerminationQuote[0] ?? null;
    if (result?.error) {
      showRefusal(result.error);
      setQuote(null);
      return null;
    }
    setQuote(result);
    return result;
  }

  function showRefusal(refusal: Refusal) {
    const text = refusalText(env, refusal);
    if (isAbout(refusal, 'desiredOn')) setDateError(text);
    else if (isAbout(refusal, 'comments')) setCommentsError(text);
    else setFormError(text);
  }

  useEffect(() => {
    setQuote(null);
    if (!isCalendarDate(desiredOn)) {
      latest.current++;
      setQuoting(false);
      return;
    }
    timer.current = setTimeout(() => void fetchQuote(desiredOn), QUOTE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // fetchQuote reads only the date given and the OC's id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desiredOn, id, reloadKey]);

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
    const current = quote && !quoting ? quote : await fetchQuote(desiredOn);
    setChecking(false);
    if (!current) {
      dateRef.current?.focus();
      return;
    }
    if (!current.existingTermination) setConfirming(true);
  }

  async function confirm() {
    setSubmitting(true);
    const { data, error } = await mutate(TerminateDocument, {
      input: { contractedOfferId: id, desiredOn, comments: comments.trim() || null, idempotencyKey: idempotencyKey.current },
    });
    setSubmitting(false);
    setConfirming(false);
    if (isSessionEnded(error)) return setFormError(t('confirm.notRecorded'));
    if (error || !data) return setFormError(t('error.network'));
    const payload = data.contractedOfferTerminate;
    const refusal = payload.userErrors[0];
    if (refusal) {
      idempotencyKey.current = newIdempotencyKey();
      return showRefusal(refusal);
    }
    clearDraft(draftKey);
    const reference = oc?.reference ?? '';
    flashTerminationRequested(t('terminate.done', { reference, date: formatDate(payload.termination?.effectiveOn, locale) }));
    navigate(ocPath(id));
  }

  if (detail.error) return <Page title={t('terminate.title')}><LoadError onRetry={detail.reload} /></Page>;
  if (!detail.data) return <Loading />;
  const oc = detail.data.contractedOffer;
  const back = (
    <p className="oc-back">
      <Link href={oc ? ocPath(oc.id) : '/offres'}><span aria-hidden="true">‹ </span>{oc ? t('detail.title', { reference: oc.reference }) : t('detail.back')}</Link>
    </p>
  );
  if (!oc) return <Page title={t('terminate.title')}>{back}<Alert tone="error">{t('detail.notFound')}</Alert></Page>;
  // A user without the right sees no form they could not send.
  if (!oc.billingAccount?.viewerPermissions.includes('OFFERS_TERMINATE')) {
    return <Page title={t('terminate.title')}>{back}<Alert tone="info">{t('terminate.notAllowed', { reference: oc.reference })}</Alert></Page>;
  }

  const notice = quote?.noticePeriodMonths ?? oc.noticePeriodMonths;
  const effectiveOn = quote?.effectiveOn ?? (isCalendarDate(desiredOn) ? effectiveDate(desiredOn, notice) : '');
  const existing = quote?.existingTermination ?? (oc.termination?.state === 'REQUESTED' ? oc.termination : null);
  const fullPeriodDue = oc.offer.lastPeriodPolicy === 'FULL_PERIOD_DUE' || !!quote?.warningCodes.includes('STARTED_MONTH_DUE');

  return (
    <Page title={t('terminate.title')}>
      {back}
      <p className="oc-subtitle">{t('terminate.of', { reference: oc.reference, name: oc.name })}</p>
      {fullPeriodDue ? (
        <Alert tone="warning">
          <p>{t('terminate.warning')}</p>
          <p>{t('terminate.warningFirst')}</p>
        </Alert>
      ) : null}
      {existing ? (
        <Alert tone="info">
          <p>{t('terminate.already', { date: formatDate(existing.effectiveOn, locale) })}</p>
          <Link href={ocPath(oc.id)}>{t('terminate.seeDetail')}</Link>
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {networkError ? <LoadError onRetry={() => void fetchQuote(desiredOn)} /> : null}

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
        <ReadOnlyField id="oc-notice" label={t('terminate.notice')}>{t('months', { count: notice })}</ReadOnlyField>
        <ReadOnlyField id="oc-effective" label={t('terminate.effectiveOn')}>
          {effectiveOn && !dateError ? formatDate(effectiveOn, locale) : '—'}
        </ReadOnlyField>
        <TextArea
          label={t('terminate.comments')}
          name="comments"
          value={comments}
          onChange={(v) => { setComments(v); setCommentsError(null); }}
          maxLength={COMMENTS_MAX}
          error={commentsError}
          locale={locale}
        />

        <div aria-live="polite" aria-busy={quoting || undefined}>
          {quote && !quoting ? <QuoteCost quote={quote} /> : <p className="oc-muted">{quoting ? t('terminate.computing') : dateError ? null : t('cost.pending')}</p>}
        </div>

        <div className="oc-form__buttons">
          <Link href={ocPath(oc.id)} className="pui-button pui-button--secondary">
            {t('terminate.close')}
          </Link>
          {existing ? null : (
            <Button type="submit" variant="primary" busy={checking}>
              {t('terminate.continue')}<span aria-hidden="true"> ➔</span>
            </Button>
          )}
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
        {quote ? (
          <>
            <p>{t('confirm.body', { reference: oc.reference, date: formatDate(quote.effectiveOn, locale) })}</p>
            <DefinitionList
              locale={locale}
              items={[
                ...quoteSummary(quote, t, locale),
                ...(quote.equipmentReturn
                  ? [{ term: t('cost.equipment'), value: t('cost.equipmentText', { reference: quote.equipmentReturn.reference, date: formatDate(quote.equipmentReturn.deadline, locale) }) }]
                  : []),
              ]}
            />
          </>
        ) : null}
      </Dialog>
    </Page>
  );
}
