import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useOffersEnv } from '../context.js';

/**
 * A real link (it opens in a new tab with the usual keys) whose plain click navigates inside the
 * portal through the shell.
 */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useOffersEnv();
  function click(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={click} {...rest} />;
}
