export * from './types';
export * from './percentiles';
export * from './bench-env';
export * from './pg-baseline';
export * from './api';
export * from './http-load';
export * from './bulk-seed';
export * from './ts-boot';
