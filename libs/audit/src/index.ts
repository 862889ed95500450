export * from './audit.module';
export * from './audit-journal';
export * from './audit-anchor.service';
export * from './audit-verifier';
export * from './audit-keys';
export * from './anchor-sink';
export { canonicalJson, entryHash, anchorHash, signingKeyOf, signAnchor } from './audit-hash';
export * from './audit-role-check';
export * from './case-access-log.query';
