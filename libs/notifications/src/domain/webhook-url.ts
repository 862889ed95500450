import { isIP } from 'node:net';
import { AllowedAddresses, isRefusedAddress } from './webhook-address';

/**
 * Why a webhook URL is refused when it is saved, or null: https only, no credentials or fragment, no local
 * name, no refused address literal. An address the operator allowed (`NOTIFY_WEBHOOK_ALLOW_ADDRESSES`) may be
 * named literally, over http too. Names are checked again, and for good, when the worker connects.
 */
export function webhookUrlProblem(raw: string, allowed: AllowedAddresses = []): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowedLiteral = isIP(host) !== 0 && allowed.length > 0 && !isRefusedAddress(host, allowed);
  if (url.protocol !== 'https:' && !(allowedLiteral && url.protocol === 'http:')) return 'must use https';
  if (url.username || url.password) return 'must not carry credentials';
  if (url.hash) return 'must not have a fragment';
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home|corp)$/.test(host)) return 'must be a public host';
  if (isIP(host) && isRefusedAddress(host, allowed)) return 'must be a public host';
  return null;
}
