export * from './audit.module';
export * from './audit-journal';
export * from './audit-anchor.service';
export * from './audit-verifier';
export { canonicalJson } from './audit-hash';
export * from './case-access-log.query';
