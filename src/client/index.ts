/** The clients a widget talks to; `cpe-kit/client`. */
export * from './policy-client.js';
export * from './local.js';
export * from './http.js';
export * from './create-client.js';
export * from './fallback.js';
export { isStandIn } from './stand-in.js';
