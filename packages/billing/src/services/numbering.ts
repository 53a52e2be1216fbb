import { type EntityManager } from '@mikro-orm/core';
import { DocumentKind } from '../enums.js';

const PREFIX: Record<DocumentKind, string> = { [DocumentKind.INVOICE]: 'F', [DocumentKind.CREDIT_NOTE]: 'A' };

/** F-2026-000042 for invoices, A-2026-000007 for credit notes. */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequenceNumber: number): string {
  return `${PREFIX[kind]}-${year}-${String(sequenceNumber).padStart(6, '0')}`;
}

/**
 * Takes the next number of a kind and year. One atomic statement increments (or starts) the
 * sequence row and locks it until the caller's transaction ends, so concurrent issuers queue on
 * it and a rolled-back document gives its number back: the numbering stays unbroken. Must run
 * inside the transaction that inserts the document.
 */
export async function takeDocumentNumber(
  em: EntityManager,
  kind: DocumentKind,
  year: number,
): Promise<{ number: string; year: number; sequenceNumber: number }> {
  const rows = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into document_sequence (kind, year, last_number) values (?, ?, 1)
     on conflict (kind, year) do update set last_number = document_sequence.last_number + 1
     returning last_number`,
    [kind, year],
    'all',
    em.getTransactionContext(),
  );
  const sequenceNumber = Number(rows[0]?.last_number);
  return { number: formatDocumentNumber(kind, year, sequenceNumber), year, sequenceNumber };
}
