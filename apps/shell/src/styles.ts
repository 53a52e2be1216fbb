/** The few styles of the shell itself; the rest is @portal/ui's ui.css, linked by the page. */
export const SHELL_STYLES = `
[hidden] { display: none !important; }
body { margin: 0; font-family: var(--pui-font); color: var(--pui-ink); background: var(--pui-bg-soft); }
.portal-skip { position: absolute; left: -999px; top: 0; padding: .5rem 1rem; background: #fff; color: var(--pui-link); z-index: 10; }
.portal-skip:focus { left: .5rem; }
#portal-main { display: block; max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
#portal-main:focus { outline: none; }
@media (max-width: 40rem) { #portal-main { padding: 1rem .75rem; } }
.portal-topbar__field { display: flex; align-items: center; gap: .5rem; }
.portal-select { padding: .25rem .5rem; border-radius: var(--pui-radius); border: 1px solid #fff; background: var(--pui-ink); color: #fff; font: inherit; }
.portal-menu { position: relative; }
.portal-menu > summary { cursor: pointer; padding: .25rem .5rem; list-style: none; border: 1px solid #fff; border-radius: var(--pui-radius); }
.portal-menu__panel { position: absolute; right: 0; top: 2.5rem; min-width: 14rem; padding: .5rem 1rem 1rem; background: #fff; color: var(--pui-ink); border: 1px solid var(--pui-border); border-radius: var(--pui-radius); z-index: 5; }
.portal-menu__panel a { color: var(--pui-link); }
.portal-menu__panel .portal-topbar__field { margin: .5rem 0 1rem; }
.portal-menu__panel .portal-select { background: #fff; color: var(--pui-ink); border-color: var(--pui-border); }
.portal-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.portal-loading { display: flex; align-items: center; gap: .75rem; color: var(--pui-ink-muted); }
.portal-spinner { width: 1rem; height: 1rem; border: 3px solid var(--pui-line); border-top-color: var(--pui-accent-strong); border-radius: 50%; animation: portal-spin 1s linear infinite; }
@keyframes portal-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .portal-spinner { animation: none; } }
`;
