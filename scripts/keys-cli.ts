import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import { ApiModule } from '../apps/api/src/api.module';
import { KeyRotationService, type KeyRingStatus, type RotationProgress } from '@mnio/privacy';

/** The API's context without its HTTP server: the key commands run with the same configuration and key rings. */
export async function keysApp(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(ApiModule, { logger: ['error'] });
}

export function inContext<T>(app: INestApplicationContext, fn: (keys: KeyRotationService) => Promise<T>): Promise<T> {
  return app.get(ClsService).run(() => fn(app.get(KeyRotationService)));
}

const KIND_LABELS: Record<string, string> = { field: 'field encryption (MNIO_ENCRYPTION_KEY)', blind_index: 'blind index (MNIO_BLIND_INDEX_KEY)', jwt: 'access tokens (MNIO_JWT_SECRET)' };

export function formatStatus(rings: KeyRingStatus[]): string {
  const lines: string[] = [];
  for (const ring of rings) {
    lines.push(`${KIND_LABELS[ring.kind]} — current: ${ring.current}`);
    for (const k of ring.keys) {
      const use = k.values !== null ? `${k.values} ${ring.kind === 'field' ? 'values' : 'digests'}` : k.tokensValidUntil ? `tokens valid until ${k.tokensValidUntil}` : '';
      lines.push(`  ${k.keyId.padEnd(16)} ${k.status.padEnd(9)} ${k.held ? 'held    ' : 'NOT HELD'}  ${use}`);
    }
    if (ring.rotation) lines.push(`  last rotation → ${ring.rotation.keyId}: ${ring.rotation.status} (${ring.rotation.phase}), ${ring.rotation.processed}/${ring.rotation.total}${ring.rotation.skipped ? `, ${ring.rotation.skipped} unreadable` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** `[#########-----------]  45%  4500/10000  1980/s  reencrypt` */
export function progressBar(p: RotationProgress, perSecond: number, width = 30): string {
  const ratio = p.total > 0 ? Math.min(1, p.processed / p.total) : p.status === 'done' ? 1 : 0;
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${p.processed}/${p.total}  ${Math.round(perSecond)}/s  ${p.phase}${p.skipped ? `  ${p.skipped} unreadable` : ''}`;
}

export function failure(err: Error & { code?: string }): string {
  return err.code ? `${err.code}: ${err.message}\n` : `failed: ${err.name}\n`;
}
