import { describe, expect, it } from 'vitest';
import { OrderType } from '@portal/offers';
import { OrderNumberKind } from '../enums.js';
import { cartOrderType } from './order-type.js';

const ported = { kind: OrderNumberKind.PORTED };
const fresh = { kind: OrderNumberKind.NEW };

describe('the type of a cart', () => {
  it('is Portabilité when every line brings only ported numbers', () => {
    expect(cartOrderType([{ numbers: [ported] }, { numbers: [ported, ported] }])).toBe(OrderType.PORTING);
  });

  it('is Création as soon as a line has a new number or no number at all (another offer)', () => {
    expect(cartOrderType([{ numbers: [ported, fresh] }])).toBe(OrderType.CREATION);
    expect(cartOrderType([{ numbers: [ported] }, { numbers: [] }])).toBe(OrderType.CREATION);
    expect(cartOrderType([])).toBe(OrderType.CREATION);
  });
});
