/** Deepest nesting of objects and arrays a JSON body may have; no DTO of the API comes close. */
export const MAX_JSON_DEPTH = 32;

/**
 * Depth of the deepest `{`/`[` nesting in a JSON text, counted over the raw bytes without parsing (brackets
 * inside strings do not count), stopping as soon as `limit` is passed. Runs before `JSON.parse`, so a body
 * nested thousands deep is refused before the parser or the validators recurse into it.
 */
export function jsonDepthExceeds(buf: Buffer, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The body parser's `verify`: a body nested too deep is a client error with its own code, never a 5xx. */
export function refuseDeepJson(limit = MAX_JSON_DEPTH) {
  return (_req: unknown, _res: unknown, buf: Buffer): void => {
    if (jsonDepthExceeds(buf, limit)) {
      throw Object.assign(new Error('JSON body nested too deep'), { status: 400, statusCode: 400, expose: true, type: 'entity.too.deep', code: 'JSON_TOO_DEEP' });
    }
  };
}
