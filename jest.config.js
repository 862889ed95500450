/** One run: unit specs beside the code, e2e specs under test/ against real PostgreSQL and Redis. */
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const common = {
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@mnio/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@mnio/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: process.env.JEST_WORKERS || 2,
  // A worker's heap grows by about 40 MB per e2e file (105 MB after the first, 1.7 GB after 34, measured with
  // --logHeapUsage), and a process takes longer to exit the larger its heap (about 280 ms at 1.3 GB on a quiet
  // machine): at the end of a whole run, a worker's exit outlasted the 500 ms Jest waits for it, and Jest printed
  // « A worker process has failed to exit gracefully and has been force exited ». A worker whose heap is past this
  // after a file is replaced by a fresh one (Jest's workerIdleMemoryLimit), so no worker ends the run that large;
  // JEST_WORKER_MEMORY overrides the limit.
  // What holds the memory is not the application: a heap snapshot after six files held the Nest applications of all
  // six (12 NestApplication, 18 DataSource), each retained through Node's own cleanup queue holding every finished
  // file's vm context (ContextifyContext), the Node 16.11+ vm leak that Jest's test files hit (jestjs/jest#11956,
  // nodejs/node#40014).
  workerIdleMemoryLimit: process.env.JEST_WORKER_MEMORY || '800MB',
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
