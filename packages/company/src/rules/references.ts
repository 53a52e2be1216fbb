/** Company reference as shown in "Ma société": OIP- followed by 8 digits (OIP-00000024). */
export const COMPANY_REFERENCE_PATTERN = /^OIP-[0-9]{8}$/;

export function companyReference(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99_999_999) throw new RangeError('company number out of range');
  return `OIP-${String(n).padStart(8, '0')}`;
}
