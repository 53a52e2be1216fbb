/** A role held on a company (the role names are identity's). */
export interface Grant {
  companyId: number;
  role: string;
}

/** Who is calling: a user through a browser session or an API token. */
export interface Viewer {
  userId: number;
  login: string;
  companyId: number;
  /** Roles held, each on a company (reaching its subtree). */
  grants: Grant[];
  /** Present for API tokens only: what the token may do of its creator's rights. */
  scopes?: string[];
  sessionId?: number;
  apiTokenId?: number;
  /** Whether the newest terms of use are accepted (API tokens: accepted by their creator). */
  termsAccepted: boolean;
  /** The company requires a second factor and this user has none yet: only setting one up is served. */
  secondFactorSetupRequired?: boolean;
  /** The universe chosen for this session (CLIENT, RESELLER, OPERATOR). */
  actingUniverse?: string;
}
