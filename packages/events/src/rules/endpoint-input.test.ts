import { describe, expect, it } from 'vitest';
import { EventType } from '../enums.js';
import { checkEndpointUrl, validateEndpointInput } from './endpoint-input.js';

describe('webhook endpoint input', () => {
  it('requires https outside development', () => {
    expect(checkEndpointUrl('https://erp.example.com/hooks', false, ['input', 'url'])).toBeNull();
    expect(checkEndpointUrl('http://erp.example.com/hooks', false, ['input', 'url'])?.code).toBe('URL_NOT_HTTPS');
    expect(checkEndpointUrl('http://erp.example.com/hooks', true, ['input', 'url'])).toBeNull();
    expect(checkEndpointUrl('ftp://erp.example.com/hooks', true, ['input', 'url'])?.code).toBe('URL_NOT_HTTPS');
  });

  it('refuses relative addresses, credentials in the address and overlong addresses, at the url field', () => {
    expect(checkEndpointUrl('/hooks', false, ['input', 'url'])).toMatchObject({ code: 'URL_INVALID', field: ['input', 'url'] });
    expect(checkEndpointUrl('https://me:pw@erp.example.com/', false, ['input', 'url'])?.code).toBe('URL_INVALID');
    expect(checkEndpointUrl(`https://erp.example.com/${'a'.repeat(2048)}`, false, ['input', 'url'])?.code).toBe('URL_INVALID');
  });

  it('requires at least one known, subscribable event type', () => {
    expect(validateEndpointInput({ eventTypes: [] }, false).map((e) => e.code)).toEqual(['EVENT_TYPES_REQUIRED']);
    expect(validateEndpointInput({ eventTypes: ['invoice.paid'] }, false).map((e) => e.code)).toEqual(['EVENT_TYPE_UNKNOWN']);
    expect(validateEndpointInput({ eventTypes: [EventType.WEBHOOK_TEST] }, false).map((e) => e.code)).toEqual(['EVENT_TYPE_UNKNOWN']);
    expect(validateEndpointInput({ eventTypes: [EventType.INVOICE_ISSUED], description: 'x'.repeat(501) }, false).map((e) => e.code)).toEqual(['DESCRIPTION_TOO_LONG']);
  });
});
