import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DomainError } from '../errors/domain-error';

export interface AccessClaims {
  sub: string;
  sid: string;
  mfa: boolean;
}

/** Short-lived signed access tokens (HS256, 15 minutes at most). The token carries ids only. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A KeyObject, not a Buffer: given raw bytes, jsonwebtoken first tries (and fails) to parse them as a
    // public key on every verification, which cost a tenth of the API's CPU under load.
    const key = createSecretKey(config.jwtSecret) as unknown as Buffer;
    this.jwt = new JwtService({ secret: key, signOptions: { algorithm: 'HS256', issuer: 'mnio', audience: 'mnio-api' } });
  }

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims, typ = 'access', ttlSeconds = this.config.accessTokenTtlSeconds): string {
    return this.jwt.sign({ ...claims, typ }, { expiresIn: ttlSeconds });
  }

  verify(token: string, typ = 'access'): AccessClaims {
    try {
      const payload = this.jwt.verify<AccessClaims & { typ: string }>(token, { algorithms: ['HS256'], issuer: 'mnio', audience: 'mnio-api' });
      if (payload.typ !== typ) throw new DomainError('UNAUTHENTICATED', 'Invalid token');
      return { sub: payload.sub, sid: payload.sid, mfa: payload.mfa };
    } catch (e) {
      if ((e as Error).name === 'TokenExpiredError') throw new DomainError('TOKEN_EXPIRED', 'Access token expired');
      throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    }
  }
}
