import { ConfigError } from '@mnio/platform';
import { loadProConnectConfig } from './proconnect.config';

const FULL = {
  MNIO_OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
  MNIO_OIDC_CLIENT_ID: 'mnio',
  MNIO_OIDC_CLIENT_SECRET: 'secret',
  MNIO_OIDC_REDIRECT_URL: 'https://mnio.example.gouv.fr/connexion/proconnect',
};

describe('loadProConnectConfig', () => {
  it('is off when no MNIO_OIDC_* variable is set', () => {
    expect(loadProConnectConfig({})).toBeUndefined();
  });
  it('needs all four variables', () => {
    expect(() => loadProConnectConfig({ ...FULL, MNIO_OIDC_CLIENT_SECRET: '' })).toThrow(ConfigError);
    expect(() => loadProConnectConfig({ MNIO_OIDC_ISSUER: FULL.MNIO_OIDC_ISSUER })).toThrow(/MNIO_OIDC_CLIENT_ID/);
  });
  it('reads the provider, the second-factor acr values and the post-logout address', () => {
    expect(loadProConnectConfig({ ...FULL, NODE_ENV: 'production' })).toEqual({
      issuer: FULL.MNIO_OIDC_ISSUER, clientId: 'mnio', clientSecret: 'secret', redirectUrl: FULL.MNIO_OIDC_REDIRECT_URL,
      postLogoutRedirectUrl: 'https://mnio.example.gouv.fr/', allowInsecure: false,
      mfaAcrValues: ['https://proconnect.gouv.fr/assurance/self-asserted-2fa', 'https://proconnect.gouv.fr/assurance/consistency-checked-2fa'],
    });
  });
  it('refuses plain http but for a loopback provider outside production', () => {
    expect(loadProConnectConfig({ ...FULL, MNIO_OIDC_ISSUER: 'http://127.0.0.1:3009' })?.allowInsecure).toBe(true);
    expect(() => loadProConnectConfig({ ...FULL, MNIO_OIDC_ISSUER: 'http://idp.example' })).toThrow(/https/);
    expect(() => loadProConnectConfig({ ...FULL, NODE_ENV: 'production', MNIO_OIDC_ISSUER: 'http://127.0.0.1:3009' })).toThrow(/https/);
    expect(() => loadProConnectConfig({ ...FULL, NODE_ENV: 'production', MNIO_OIDC_REDIRECT_URL: 'http://mnio.example/connexion/proconnect' })).toThrow(ConfigError);
  });
});
