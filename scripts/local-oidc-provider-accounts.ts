import { DEMO_SIRETS, DEMO_USERS } from '../db/seeds/demo';
import { ACR_SELF_ASSERTED_2FA, ProviderAccount } from './local-oidc-provider';

/**
 * The local provider's accounts in demo mode: every demo user of an organisation with a SIRET, with the e-mail and
 * SIRET that link them to their mnio account, signed in with a second factor (acr `…-2fa`); and one agent mnio
 * does not know, of the demo association of Seine-Saint-Denis, to see the access request (its coordinator, Claire
 * Martin, is told and decides).
 */
export function demoProviderAccounts(): ProviderAccount[] {
  const known = DEMO_USERS.filter(([, , org]) => DEMO_SIRETS[org]).map(([email, displayName, org]): ProviderAccount => {
    const [given, ...rest] = displayName.split(' ');
    const uid = email.split('@')[0];
    return { sub: `demo-${uid}`, email, given_name: given, usual_name: rest.join(' '), uid, siret: DEMO_SIRETS[org], acr: ACR_SELF_ASSERTED_2FA };
  });
  const association = Object.entries(DEMO_SIRETS).find(([org]) => DEMO_USERS.some(([e, , o, role]) => o === org && e.startsWith('coord') && role === 'coordinator'))![1];
  return [...known, { sub: 'demo-nouvel-agent', email: 'nouvel.agent@demo.mnio.test', given_name: 'Nouvel', usual_name: 'Agent', uid: 'nouvel.agent', siret: association, acr: ACR_SELF_ASSERTED_2FA }];
}
