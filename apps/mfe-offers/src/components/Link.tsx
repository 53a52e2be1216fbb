import type { AnchorHTMLAttributes } from 'react';
import { PortalLink } from '@portal/ui';
import { useOffersEnv } from '../context.js';

/** A link inside the portal (see PortalLink), with this area's navigation. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useOffersEnv();
  return <PortalLink navigate={navigate} {...props} />;
}
