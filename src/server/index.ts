/** `cpe-kit/server`: the app factory, the stores and token minting, for hosting the API. */
export { createApp, type AppOptions } from './app.js';
export { BODY_LIMIT_BYTES } from './request.js';
export { mintToken, tokenRules, verifyToken, type Identity, type TokenRules } from './auth.js';
export { defaultLimits, type Limits } from './rate-limit.js';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './pagination.js';
export { loadConfig, resolveTokenSecret, type ServerConfig } from './config.js';
export { openStore, openSqliteStore, openPostgresStore } from './store/index.js';
export { openSqliteDatabase } from './store/sqlite.js';
export type * from './store/store.js';
