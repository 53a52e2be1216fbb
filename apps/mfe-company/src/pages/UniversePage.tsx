import { type FormEvent } from 'react';
import { Alert, Button, Page, Section, TextField } from '@portal/ui';
import { mutate, notifyViewerChange, query } from '@portal/graphql-client';
import { useEnv, type Viewer } from '../context.js';
import { CustomersDocument, UniverseAddResellerDocument, UniverseChooseDocument } from '../documents.js';
import { FormAlerts, Link, useAction, useForm } from '../kit.js';

type Universe = Viewer['actingUniverse'];

/** "Choisissez votre univers": universeChoose, then the whole page (the shell's switcher) hears of it. */
export function useChooseUniverse() {
  const { t, notify } = useEnv();
  const action = useAction();
  return {
    ...action,
    choose(universe: Universe) {
      void action.run(
        async () => (await mutate(UniverseChooseDocument, { input: { universe } })).data?.universeChoose,
        () => {
          const label = t(`universe.${universe}`);
          notify(t('universe.chosen', { universe: label.charAt(0).toLowerCase() + label.slice(1) }));
          notifyViewerChange({ reason: 'universeChoose' });
        },
      );
    },
  };
}

/** The buttons of the universes the company holds, the current one pressed. */
export function UniverseButtons({ only }: { only?: Universe[] }) {
  const { t, viewer } = useEnv();
  const chooser = useChooseUniverse();
  return (
    <>
      {chooser.error ? <Alert tone="error">{chooser.error}</Alert> : null}
      <ul className="mfc-links">
        {viewer.universes.filter((u) => !only || only.includes(u)).map((u) => (
          <li key={u}>
            <Button type="button" variant={u === viewer.actingUniverse ? 'primary' : 'secondary'} aria-pressed={u === viewer.actingUniverse} busy={chooser.busy} onClick={() => u !== viewer.actingUniverse && chooser.choose(u)}>
              {t(`universe.${u}`)}
            </Button>{' '}
            {t(`universe.${u}.hint`)}
            {u === viewer.actingUniverse ? <strong> — {t('universe.current')}</strong> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** /entreprise/univers: choose the universe to act in; operators add a reseller universe to a customer. */
export function UniversePage() {
  const { t, viewer } = useEnv();
  return (
    <Page title={t('universe.title')}>
      <p>{t('universe.intro')}</p>
      <UniverseButtons />
      {viewer.actingUniverse !== 'CLIENT' ? <p><Link href="/entreprise/clients">{t('universe.toCustomers')}</Link></p> : null}
      {viewer.universes.includes('OPERATOR') ? <AddReseller /> : null}
    </Page>
  );
}

/** "Ajouter un univers revendeur" to a customer found by its identifier (operators: its provider). */
function AddReseller() {
  const { t, notify } = useEnv();
  const form = useForm({ companyId: '' }, { required: ['companyId'] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(
      async () => {
        const { data } = await query(CustomersDocument, { filter: { identifier: form.values.companyId.trim() }, first: 1 }, { requestPolicy: 'network-only' });
        if (!data) return null;
        const found = data.customers.edges[0]?.node;
        if (!found) return { company: null, userErrors: [{ code: 'UNKNOWN_CUSTOMER', message: t('universe.addUnknown'), field: ['input', 'companyId'] }] };
        return (await mutate(UniverseAddResellerDocument, { input: { companyId: found.id } })).data?.universeAddReseller;
      },
      (p) => {
        notify(t('universe.added', { name: p.company?.legalName ?? '' }));
        form.reset();
      },
    );
  }

  return (
    <Section title={t('universe.add')}>
      <p>{t('universe.addIntro')}</p>
      <form className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <TextField {...form.text('companyId', 'universe.addIdentifier')} required />
        <Button type="submit" busy={form.busy}>{t('universe.add')}</Button>
      </form>
    </Section>
  );
}
