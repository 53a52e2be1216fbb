import { navigateToUrl } from 'single-spa';
import { chooseLocale, type Locale, type Translate } from './i18n.js';
import { AREAS, published, under } from './routes.js';
import type { SessionState, Viewer } from './session.js';

/** Creates an element with attributes and children (the shell has no UI framework). */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A link that moves within the portal without reloading the page. */
/** The specifiers of the page's import map (the gateway inlines it as `overridable-importmap`). */
function importMapImports(): Record<string, string> {
  const source = document.querySelector('script[type="overridable-importmap"]')?.textContent;
  try {
    return source ? ((JSON.parse(source) as { imports?: Record<string, string> }).imports ?? {}) : {};
  } catch {
    return {};
  }
}

export function portalLink(href: string, text: string, className: string): HTMLElement {
  const link = h('a', { href, class: className }, text);
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    navigateToUrl(event as unknown as Event & { currentTarget: HTMLAnchorElement });
  });
  return link;
}

/**
 * The top bar of the source's screens: the tabs Entreprise, Facturation, Offres (centred), the
 * universe switcher and the user's menu with the language, "Double authentification" and
 * "Se déconnecter". Hidden on the auth pages.
 */
export class TopBar {
  readonly element: HTMLElement;

  constructor(
    private readonly t: Translate,
    private readonly locale: Locale,
    private readonly state: SessionState,
  ) {
    this.element = h('header', { class: 'portal-topbar', hidden: '' });
  }

  /** Draws the bar for the viewer and the current path. */
  render(viewer: Viewer | null, pathname: string): void {
    const { t } = this;
    this.element.hidden = !viewer || !viewer.termsAccepted || under(pathname, '/auth');
    if (this.element.hidden || !viewer) return this.element.replaceChildren();
    const tabs = h('ul', { class: 'portal-topbar__tabs' });
    for (const area of AREAS) {
      if (!area.tab || !published(area, importMapImports())) continue;
      const tab = portalLink(area.prefix, t(area.tab), 'portal-tab');
      if (under(pathname, area.prefix)) tab.setAttribute('aria-current', 'page');
      tabs.append(h('li', {}, tab));
    }
    this.element.replaceChildren(
      portalLink('/entreprise', t('brand'), 'portal-topbar__brand'),
      h('nav', { 'aria-label': t('nav.label') }, tabs),
      h('div', { class: 'portal-topbar__end' }, this.universeSwitcher(viewer), this.userMenu(viewer)),
    );
  }

  private universeSwitcher(viewer: Viewer): HTMLElement {
    const select = h('select', { id: 'portal-universe', class: 'portal-select' }) as HTMLSelectElement;
    for (const universe of viewer.universes) select.append(h('option', { value: universe }, this.t(`universe.${universe}`)));
    select.value = viewer.actingUniverse;
    select.disabled = viewer.universes.length < 2;
    const status = h('span', { role: 'status', class: 'portal-sr-only' });
    select.addEventListener('change', () => {
      void this.state.chooseUniverse(select.value as Viewer['actingUniverse']).then((failure) => {
        if (!failure) return;
        select.value = viewer.actingUniverse;
        status.textContent = this.t('universe.failed', { reason: failure });
      });
    });
    return h('span', { class: 'portal-topbar__field' }, h('label', { for: 'portal-universe' }, this.t('universe.label')), select, status);
  }

  private languageSwitch(): HTMLElement {
    const select = h('select', { id: 'portal-language', class: 'portal-select' }, h('option', { value: 'fr', lang: 'fr' }, 'Français'), h('option', { value: 'en', lang: 'en' }, 'English')) as HTMLSelectElement;
    select.value = this.locale;
    select.addEventListener('change', () => {
      chooseLocale(select.value as Locale);
      window.location.reload();
    });
    return h('span', { class: 'portal-topbar__field' }, h('label', { for: 'portal-language' }, this.t('language.label')), select);
  }

  private userMenu(viewer: Viewer): HTMLElement {
    const name = `${viewer.user.firstName} ${viewer.user.lastName}`.trim() || viewer.user.login;
    const summary = h('summary', { 'aria-label': this.t('user.menu', { name }) }, name);
    const logout = portalLink('/auth/logout', this.t('user.logout'), 'portal-menu__item');
    const security = portalLink('/auth/second-factor', this.t('user.secondFactor'), 'portal-menu__item');
    // The language lives in the user's menu, so the bar keeps room to centre its tabs.
    const menu = h('details', { class: 'portal-menu' }, summary, h('div', { class: 'portal-menu__panel' }, h('p', {}, viewer.user.company.legalName), h('p', {}, viewer.user.login), this.languageSwitch(), security, logout));
    menu.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') {
        (menu as HTMLDetailsElement).open = false;
        summary.focus();
      }
    });
    logout.addEventListener('click', () => ((menu as HTMLDetailsElement).open = false));
    security.addEventListener('click', () => ((menu as HTMLDetailsElement).open = false));
    return menu;
  }
}

/** "Page introuvable": what an address of no area shows inside the layout, with the way back. */
export function notFoundPage(t: Translate, back: string): HTMLElement[] {
  return [
    h('h1', { class: 'pui-page__title' }, t('notFound.title')),
    h('p', {}, t('notFound.text')),
    h('p', {}, portalLink(back, t(back === '/auth/login' ? 'notFound.login' : 'notFound.home'), 'portal-back')),
  ];
}

/**
 * Each page its own document title: the visible page heading (the first h1 of the shown area),
 * then the portal's name, kept in step as the micro-frontends render.
 */
export function followPageTitle(main: HTMLElement, brand: string): void {
  const update = () => {
    const heading = [...main.querySelectorAll('h1')].find((h1) => !h1.closest('[hidden]'));
    const text = heading?.textContent?.trim();
    const title = text ? `${text} – ${brand}` : brand;
    if (document.title !== title) document.title = title;
  };
  new MutationObserver(update).observe(main, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  update();
}
