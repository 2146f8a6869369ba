// Writes a static OIDC provider (discovery document + JWKS) for the benchmark's origin server and prints an access
// token signed with its key, shaped like the realm's (audience coso-api, a unit, a role). No Keycloak needed: the
// gateway validates the token locally against the JWKS, exactly as it does with Keycloak's.
import { generateKeyPairSync, createSign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

const [dir, issuer] = process.argv.slice(2);
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' };
const realm = `${dir}/realms/bench`;
mkdirSync(`${realm}/.well-known`, { recursive: true });
mkdirSync(`${realm}/protocol/openid-connect`, { recursive: true });
writeFileSync(`${realm}/.well-known/openid-configuration`, JSON.stringify({
  issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs`,
  authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
  token_endpoint: `${issuer}/protocol/openid-connect/token`,
}));
writeFileSync(`${realm}/protocol/openid-connect/certs`, JSON.stringify({ keys: [jwk] }));

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'bench' });
const payload = b64({ iss: issuer, sub: 'bench-user', aud: 'coso-api', iat: now, exp: now + 7200,
  preferred_username: 'bench', realm_access: { roles: ['organizer'] }, unit: '4bd9ae65-6ea9-4caf-8ffc-f3dbdc014ddd' });
const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url');
process.stdout.write(`${header}.${payload}.${signature}`);
