import { type Em } from '../orm.js';
export const DEMO_PASSWORD = 'Portail-Demo-2026!';
export async function seedDemoData(_em: Em): Promise<boolean> {
  return false;
}
