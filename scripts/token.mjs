// `npm run token -- --sub ada --role learner [--name "Ada L"] [--ttl 8h]`: prints a JWT signed
// with the server's secret (CPE_TOKEN_SECRET, else the one kept in DATA_DIR).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    role: { type: 'string', default: 'learner' },
    name: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});
if (!values.sub || !['learner', 'host', 'admin'].includes(values.role)) {
  console.error(
    'usage: npm run token -- --sub ada --role learner|host|admin [--name "Ada L"] [--ttl 8h]',
  );
  process.exit(2);
}
if (!existsSync(new URL('../dist/lib/server/index.js', import.meta.url))) {
  console.error('Build the server first: npm run build:lib');
  process.exit(1);
}
const { loadConfig, mintToken, verifyToken } = await import('../dist/lib/server/index.js');
// The server's own token rules: its secret, and the iss/aud and lifetime it checks.
const { tokens } = loadConfig(process.env);
const identity = {
  sub: values.sub,
  role: values.role,
  ...(values.name ? { name: values.name } : {}),
};
const token = await mintToken(tokens, identity, values.ttl);
if (!(await verifyToken(tokens, token))) {
  console.error(
    `The server would refuse a token that lasts ${values.ttl}: at most ` +
      `${tokens.maxLifetimeSeconds} seconds (CPE_TOKEN_MAX_LIFETIME_SECONDS).`,
  );
  process.exit(2);
}
console.log(token);
