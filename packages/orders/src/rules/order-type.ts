import { OrderType } from '@portal/offers';
import { OrderNumberKind } from '../enums.js';

/**
 * The type of a submitted cart: Portabilité when every line is a number line bringing only ported
 * numbers (nothing else is created but numbers moving in), Création otherwise.
 */
export function cartOrderType(lines: { numbers: { kind: OrderNumberKind }[] }[]): OrderType {
  const onlyPorted = lines.length > 0 && lines.every((l) => l.numbers.length > 0 && l.numbers.every((n) => n.kind === OrderNumberKind.PORTED));
  return onlyPorted ? OrderType.PORTING : OrderType.CREATION;
}
