/** The few layout rules of the billing pages (the components come styled by @portal/ui's ui.css). */
export const BILLING_STYLES = `
.inv-tabs { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0 0 1rem; padding: 0; list-style: none; border-bottom: 1px solid var(--pui-line); }
.inv-tabs a { display: inline-block; padding: .5rem 0; color: var(--pui-link); text-decoration: none; border-bottom: 3px solid transparent; }
.inv-tabs a:hover { text-decoration: underline; }
.inv-tabs a[aria-current="page"] { color: var(--pui-ink); font-weight: 600; border-bottom-color: var(--pui-accent); }
.inv-filters { margin: 0 0 1rem; padding: 1rem; background: var(--pui-bg); border: 1px solid var(--pui-line); border-radius: var(--pui-radius); }
.inv-filters__grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem 1rem; align-items: start; }
.inv-filters fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
.inv-filters legend { padding: 0; margin-bottom: .25rem; font-weight: 600; }
.inv-filters__states { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.inv-filters .pui-toolbar { margin-top: .75rem; }
.inv-totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; padding: 0; }
.inv-totals > div { flex: 1 1 10rem; padding: .5rem .75rem; background: var(--pui-bg-soft); border-left: 3px solid var(--pui-accent); border-radius: var(--pui-radius); }
.inv-totals dt { color: var(--pui-ink-muted); font-size: .85rem; font-weight: 600; }
.inv-totals dd { margin: .125rem 0 0; font-size: 1.15rem; font-weight: 700; }
.inv-actions { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 .25rem; }
.inv-hint { margin: 0 0 .75rem; font-size: .9rem; }
.inv-actions p { margin: 0; }
.inv-row-actions { display: flex; flex-wrap: wrap; gap: .25rem .75rem; white-space: nowrap; }
/* The lists fit a 1280-px screen: headers wrap, cells are a little tighter. */
.inv-app .pui-table thead th { white-space: normal; }
.inv-app .pui-table th, .inv-app .pui-table td { padding: .45rem .5rem; }
.inv-row-actions a, .inv-link { color: var(--pui-link); }
.inv-nowrap { white-space: nowrap; }
.inv-lifecycle--rejected, .inv-lifecycle--refused, .inv-lifecycle--disputed { font-weight: 600; color: #8a1c1c; }
.inv-timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid #c8c8c8; }
.inv-timeline__item { padding: 0.25rem 0 0.25rem 0.75rem; }
.inv-muted { color: var(--pui-ink-muted); }
/* Links drawn as buttons: the page's link colour (.pui-page a) must not win over the button's. */
.inv-app a.pui-button { box-sizing: border-box; text-decoration: none; }
.inv-app a.pui-button--primary, .inv-app a.pui-button--primary:hover { color: #ffffff; }
.inv-app a.pui-button--secondary { color: var(--pui-ink); }
`;

/** Adds the rules once to the page. */
export function installStyles(): void {
  if (typeof document === 'undefined' || document.getElementById('inv-styles')) return;
  const style = document.createElement('style');
  style.id = 'inv-styles';
  style.textContent = BILLING_STYLES;
  document.head.append(style);
}
