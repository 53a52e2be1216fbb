import { type OutgoingMail } from '@portal/kernel';
import { type WebhookEndpoint } from '../entities/WebhookEndpoint.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The notice to a company's administrators that one of its endpoints was disabled after three days of failures. */
export function endpointDisabledMail(to: string, endpoint: Pick<WebhookEndpoint, 'url' | 'description'>, publicUrl: string): OutgoingMail {
  const link = `${publicUrl}/entreprise/webhooks`;
  const name = endpoint.description ? `${endpoint.description} (${endpoint.url})` : endpoint.url;
  const text = [
    'Bonjour,',
    '',
    `Le point de terminaison webhook ${name} échoue depuis trois jours : il a été désactivé et ne reçoit plus d’événements.`,
    'Les événements non remis restent dans le journal des livraisons : corrigez le point de terminaison, réactivez-le, puis rejouez les échecs.',
    '',
    `Gérer les webhooks : ${link}`,
  ].join('\n');
  const html = `<p>Bonjour,</p><p>Le point de terminaison webhook <strong>${escapeHtml(name)}</strong> échoue depuis trois jours : il a été désactivé et ne reçoit plus d’événements.</p><p>Les événements non remis restent dans le journal des livraisons : corrigez le point de terminaison, réactivez-le, puis rejouez les échecs.</p><p><a href="${escapeHtml(link)}">Gérer les webhooks</a></p>`;
  return { to, subject: 'Webhook désactivé après trois jours d’échecs', text, html };
}
