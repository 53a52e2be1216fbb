import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let reseller: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
});
afterAll(() => portal?.close());

async function download(client: Client | null, path: string) {
  const res = await fetch(`${portal.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('CSV exports', () => {
  it('give the customer list as UTF-8 with BOM and ";", with the same filters and reach', async () => {
    const { res, bytes, text } = await download(reseller, '/exports/customers.csv?sort=LEGAL_NAME&direction=ASC');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="clients.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Identifiant;Référence;Raison sociale;SIREN;Statut juridique;État;Date de création;Chemin');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['44660', '24', '44284']);
    expect(lines[3]).toBe('44284;OIP-00044284;Société Méditerranéenne de Téléphonie;443061841;SARL - Société à responsabilité limitée;Activé(e);05/03/2019 11:15:00;Revendeur présentation');

    const filtered = await download(reseller, '/exports/customers.csv?legalForms=SARL,EI');
    expect(filtered.text.trimEnd().split('\r\n').slice(1).map((l) => l.split(';')[0])).toEqual(['24', '44284']);
    const outOfReach = await download(reseller, '/exports/customers.csv?identifier=31');
    expect(outOfReach.text.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('stream long lists in full, page after page', async () => {
    const operator = await portal.signedIn('E-0000000001');
    // More customers than one export batch (100).
    await portal.db.orm.em.getConnection().execute(`
      insert into company (reference, legal_name, legal_form, parent_id)
      select 'OIP-' || lpad((900000 + g)::text, 8, '0'), 'Client de masse ' || g, 'SAS', 30 from generate_series(1, 250) g`);
    const { text } = await download(operator, '/exports/customers.csv');
    const ids = text.trimEnd().split('\r\n').slice(1).map((l) => Number(l.split(';')[0]));
    expect(ids).toHaveLength(256);
    expect(new Set(ids).size).toBe(256);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('give the services of a customer in reach, and "not found" for others', async () => {
    const { res, text } = await download(reseller, `/exports/services.csv?companyId=${toGlobalId('Company', 44284)}&kinds=PHONE_NUMBER`);
    expect(res.status).toBe(200);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Type;Numéro / ligne;RIO;État;Fin;OC;Offre;Site;Ville');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe("PHONE_NUMBER;'+33320100001;01R6S7T8U9V0;ACTIVE;;OC138637;Com'Unifiées MetaCentrex;LILLE;Lille");
    const other = await download(reseller, `/exports/services.csv?companyId=${toGlobalId('Company', 31)}`);
    expect(other.res.status).toBe(404);
    expect(JSON.parse(other.text)).toMatchObject({ code: 'NOT_FOUND', field: ['companyId'] });
  });

  it('refuse anonymous callers and bad filters with typed errors', async () => {
    expect((await download(null, '/exports/customers.csv')).res.status).toBe(401);
    const bad = await download(reseller, '/exports/customers.csv?legalForms=GMBH');
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ code: 'VALUE_INVALID', field: ['filter', 'legalForms'] });
    const date = await download(reseller, '/exports/customers.csv?createdFrom=demain');
    expect(JSON.parse(date.text)).toMatchObject({ code: 'DATE_INVALID', field: ['filter', 'createdFrom'] });
  });
});
