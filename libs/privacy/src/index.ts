export * from './privacy.module';
export * from './privacy-worker.module';
export * from './privacy.abilities';
export * from './subject-access';
