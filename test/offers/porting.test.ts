import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDueTerminations } from '@portal/offers';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let reseller: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
});
afterAll(() => portal?.close());

const PORT = `mutation($input: NumberPortOutInput!) { numberPortOut(input: $input) {
  service { identifier state endedOn contractedOffer { reference state } } termination { desiredOn effectiveOn comments } userErrors { code field }
} }`;
const state = async (ref: string) => ((await portal.db.orm.em.getConnection().execute('select state from contracted_offer where reference = ?', [ref])) as { state: string }[])[0]!.state;

describe('number portability', () => {
  it('shows the RIO of each number and refuses a wrong RIO or a past date', async () => {
    const bad = await reseller.gql(PORT, { input: { identifier: '+33442270001', portingCode: '01XXXXXXXXXX', portedOn: '2026-12-05' } });
    expect(bad.data.numberPortOut.userErrors).toEqual([{ code: 'RIO_MISMATCH', field: ['input', 'portingCode'] }]);
    const past = await reseller.gql(PORT, { input: { identifier: '+33442270001', portingCode: '01A1B2C3D4E5', portedOn: '2026-11-01' } });
    expect(past.data.numberPortOut.userErrors).toEqual([{ code: 'PORTING_DATE_IN_PAST', field: ['input', 'portedOn'] }]);
    const other = await portal.signedIn('E-0000000030');
    const theirs = await other.gql(PORT, { input: { identifier: '+33442270001', portingCode: '01A1B2C3D4E5', portedOn: '2026-12-05' } });
    expect(theirs.data.numberPortOut.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'identifier'] }]);
  });

  it('ends a number on its porting date, and the OC when its last number leaves', async () => {
    const first = (await reseller.gql(PORT, { input: { identifier: '+33442270001', portingCode: '01A1B2C3D4E5', portedOn: '2026-12-05' } })).data.numberPortOut;
    expect(first).toEqual({ service: { identifier: '+33442270001', state: 'PORTED_OUT', endedOn: '2026-12-05', contractedOffer: { reference: 'OC150943', state: 'DELIVERED' } }, termination: null, userErrors: [] });
    await reseller.gql(PORT, { input: { identifier: '+33442270002', portingCode: '01F6G7H8J9K0', portedOn: '2026-12-05' } });
    const last = (await reseller.gql(PORT, { input: { identifier: '+33442270003', portingCode: '01L1M2N3P4Q5', portedOn: '2026-12-07' } })).data.numberPortOut;
    expect(last.termination).toEqual({ desiredOn: '2026-12-07', effectiveOn: '2026-12-07', comments: "Portabilité sortante du +33442270003 (dernier numéro de l'offre)" });
    expect(await state('OC150943')).toBe('TERMINATION_REQUESTED');

    await applyDueTerminations(portal.db.orm.em.fork(), '2026-12-07', new Date('2026-12-07T06:00:00Z'));
    expect(await state('OC150943')).toBe('TERMINATED');
  });
});
