import { type PortalSettings } from '@portal/kernel';

/** The settings identity uses: session lifetimes, password links, API token lifetime, public URL. */
export type IdentitySettings = Pick<PortalSettings, 'sessionIdleMs' | 'sessionAbsoluteMs' | 'passwordLinkTtlMs' | 'publicUrl' | 'apiTokenMaxDays'>;
