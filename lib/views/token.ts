/** What a token owner may see of a token: never its hash. */
export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** POST /api/tokens: the plain `token` is in this answer and nowhere else. */
export type CreatedApiToken = { token: string; apiToken: ApiTokenView };
