import { mutate, notifyViewerChange, onViewerChange, query } from '@portal/graphql-client';
import { ShellUniverseChooseDocument, ShellViewerDocument } from './documents.js';
import type { ShellViewerQuery } from './gql/graphql.js';
import type { Session } from './routes.js';

export type Viewer = NonNullable<ShellViewerQuery['viewer']>;

/**
 * The signed-in user as the shell knows it. Read from the gateway at start and again after every
 * viewer change (log in, terms accepted, universe chosen, log out), before the next route is decided.
 */
export class SessionState {
  viewer: Viewer | null = null;
  private loading: Promise<Viewer | null> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor() {
    onViewerChange(() => {
      this.loading = null;
      void this.current().then(() => this.listeners.forEach((listener) => listener()));
    });
  }

  /** The viewer, fetched once per change; a network failure counts as signed out for the guard. */
  current(): Promise<Viewer | null> {
    this.loading ??= query(ShellViewerDocument, {}, { requestPolicy: 'network-only' }).then(({ data, error }) => {
      if (error && !data) throw error;
      this.viewer = data?.viewer ?? null;
      return this.viewer;
    });
    return this.loading;
  }

  async session(): Promise<Session> {
    const viewer = await this.current();
    return viewer ? { signedIn: true, termsAccepted: viewer.termsAccepted, secondFactorSetupRequired: viewer.secondFactorSetupRequired } : { signedIn: false };
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** "Choisissez votre univers": the error message, or null once the universe is in force. */
  async chooseUniverse(universe: Viewer['actingUniverse']): Promise<string | null> {
    const { data, error } = await mutate(ShellUniverseChooseDocument, { input: { universe } });
    if (error || !data) return error?.message ?? 'network';
    const refusal = data.universeChoose.userErrors[0];
    if (refusal) return refusal.message;
    notifyViewerChange({ reason: 'universeChoose' });
    return null;
  }
}
