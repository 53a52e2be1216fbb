import { getAppStatus, LOAD_ERROR, triggerAppChange } from 'single-spa';
import type { Translate } from './i18n.js';
import { h } from './layout.js';
import type { Area } from './routes.js';

/**
 * One frame per micro-frontend inside <main>: a status line (loading, unavailable, error with
 * "Réessayer") and the element the micro-frontend mounts into. A failing micro-frontend only
 * fills its own frame with the error; the top bar and the other areas keep working.
 */
export class AreaFrame {
  readonly element: HTMLElement;
  readonly mount: HTMLElement;
  private readonly status: HTMLElement;

  constructor(
    readonly area: Area,
    private readonly t: Translate,
  ) {
    this.status = h('div', { class: 'portal-frame__status' });
    this.mount = h('div', { class: 'portal-frame__app' });
    this.element = h('section', { class: 'portal-frame', 'data-area': area.specifier, hidden: '' }, this.status, this.mount);
  }

  private label(): string {
    return this.area.tab ? this.t(this.area.tab) : this.t('brand');
  }

  loading(): void {
    this.status.replaceChildren(h('p', { role: 'status', class: 'portal-loading' }, h('span', { class: 'portal-spinner', 'aria-hidden': 'true' }), this.t('loading', { area: this.label() })));
  }

  loaded(): void {
    this.status.replaceChildren();
  }

  /** Not in the import map: this area has not been deployed. */
  missing(): void {
    this.status.replaceChildren(h('div', { role: 'alert', class: 'pui-alert pui-alert--info' }, this.t('app.missing')));
  }

  /** Could not load or start: the message and "Réessayer". */
  failed(): void {
    const retry = h('button', { type: 'button', class: 'pui-button pui-button--secondary' }, this.t('app.retry'));
    retry.addEventListener('click', () => {
      if (getAppStatus(this.area.specifier) === LOAD_ERROR) {
        this.loading();
        void triggerAppChange();
      } else window.location.reload();
    });
    this.mount.replaceChildren();
    this.status.replaceChildren(h('div', { role: 'alert', class: 'pui-alert pui-alert--error' }, h('p', {}, h('strong', {}, this.t('app.error'))), h('p', {}, this.t('app.errorDetail')), retry));
  }
}
