import type { ReactNode } from 'react';

/**
 * The box around a table that scrolls sideways on a narrow screen. It is a named region a keyboard
 * user can focus (Tab) and scroll with the arrow keys, so no column hides out of reach (WCAG
 * 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="pui-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
