import type { AnchorHTMLAttributes, MouseEvent } from 'react';

export type PortalLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  /** The shell's navigation (a micro-frontend's `navigate` prop). */
  navigate(url: string): void;
};

/**
 * A real link (it opens in a new tab with the usual keys, its address can be copied) whose plain
 * click moves inside the portal through the shell, without a page load.
 */
export function PortalLink({ href, navigate, onClick, ...rest }: PortalLinkProps) {
  function click(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={click} {...rest} />;
}
