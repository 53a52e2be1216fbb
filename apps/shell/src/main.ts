/**
 * The portal's single-spa root config. It draws the page layout (top bar with the tabs, the
 * universe switcher and the user's menu), maps routes to micro-frontends loaded from the import
 * map, shows a loading state and an error screen per micro-frontend, and guards the routes: not
 * signed in → /auth/login, terms not accepted → /auth/terms.
 */
import { notifyViewerChange, onSessionEnded } from '@portal/graphql-client';
import { addErrorHandler, navigateToUrl, registerApplication, start, triggerAppChange, type LifeCycles } from 'single-spa';
import { AreaFrame } from './frames.js';
import { currentLocale, translator } from './i18n.js';
import { followPageTitle, h, notFoundPage, TopBar } from './layout.js';
import { AREAS, guard, HOME, sessionEndedLogin, under } from './routes.js';
import { SessionState } from './session.js';
import { SHELL_STYLES } from './styles.js';

const locale = currentLocale();
const t = translator(locale);
const state = new SessionState();
const topBar = new TopBar(t, locale, state);
const frames = AREAS.map((area) => new AreaFrame(area, t));
const notFound = h('section', { class: 'portal-frame', hidden: '' });
const main = h('main', { id: 'portal-main', tabindex: '-1', 'aria-label': t('main.label') }, ...frames.map((f) => f.element), notFound);
followPageTitle(main, t('brand'));

document.documentElement.lang = locale;
document.head.append(h('style', {}, SHELL_STYLES));
document.body.replaceChildren(h('a', { href: '#portal-main', class: 'portal-skip' }, t('skip')), topBar.element, main);

/** Loads a micro-frontend from the import map, with its frame showing what is happening. */
async function load(frame: AreaFrame): Promise<LifeCycles> {
  frame.loading();
  try {
    import.meta.resolve(frame.area.specifier);
  } catch {
    frame.missing();
    throw new Error(`${frame.area.specifier} is not in the import map`);
  }
  try {
    const lifecycles = (await import(/* @vite-ignore */ frame.area.specifier)) as LifeCycles;
    frame.loaded();
    return lifecycles;
  } catch (err) {
    frame.failed();
    throw err;
  }
}

for (const frame of frames) {
  const { area } = frame;
  registerApplication({
    name: area.specifier,
    app: () => load(frame),
    // Areas behind the guard start only once the session allows them.
    activeWhen: (location) => under(location.pathname, area.prefix) && (!area.signedIn || state.viewer?.termsAccepted === true),
    customProps: { domElement: frame.mount, locale, navigate: (url: string) => navigateToUrl(url) },
  });
}

addErrorHandler((error) => {
  const frame = frames.find((f) => f.area.specifier === error.appOrParcelName);
  if (frame && !frame.element.querySelector('[role="alert"]')) frame.failed();
  console.error(error);
});

/** After every route change: apply the guard, then show the right frame and tab. */
async function afterRoute(): Promise<void> {
  const url = new URL(window.location.href);
  let target: string | null;
  try {
    target = guard(url, await state.session());
  } catch {
    return showNetworkError();
  }
  if (target && target !== `${url.pathname}${url.search}`) {
    window.history.replaceState(null, '', target);
    return;
  }
  for (const frame of frames) frame.element.hidden = !under(url.pathname, frame.area.prefix);
  notFound.hidden = frames.some((frame) => !frame.element.hidden);
  if (!notFound.hidden) notFound.replaceChildren(...notFoundPage(t, state.viewer ? HOME : '/auth/login'));
  topBar.render(state.viewer, url.pathname);
}

function showNetworkError(): void {
  const retry = h('button', { type: 'button', class: 'pui-button pui-button--secondary' }, t('app.retry'));
  retry.addEventListener('click', () => window.location.reload());
  main.replaceChildren(h('div', { role: 'alert', class: 'pui-alert pui-alert--error' }, h('p', {}, t('app.network')), retry));
}

// An ended session is not an outage: the login page says so and brings the user back here.
onSessionEnded(({ refusedMutation }) => {
  const url = new URL(window.location.href);
  if (under(url.pathname, '/auth')) return;
  notifyViewerChange({ reason: 'sessionEnded' });
  navigateToUrl(sessionEndedLogin(url, refusedMutation));
});

window.addEventListener('single-spa:routing-event', () => void afterRoute());
state.onChange(() => {
  topBar.render(state.viewer, window.location.pathname);
  void triggerAppChange();
});

// The first route is decided before anything mounts.
afterRoute()
  .then(() => start({ urlRerouteOnly: true }))
  .catch(showNetworkError);
