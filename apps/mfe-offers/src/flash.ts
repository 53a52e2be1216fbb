/** A message for the next page shown (after a termination or a withdrawal), read once. */
export interface Flash {
  tone: 'success' | 'info';
  text: string;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}
