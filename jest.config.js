// Four tiers (see ../shared/STYLE.md): pure machines, unit, integration on a real database, end-to-end over HTTP.
const moduleNameMapper = {
  '^@hoso/(core|access|audit|cases|deadlines|discipline|documents|notifications|organisations|people|reports|timeline)$': '<rootDir>/libs/$1/src',
  '^@hoso/(core|access|audit|cases|deadlines|discipline|documents|notifications|organisations|people|reports|timeline)/(.*)$': '<rootDir>/libs/$1/src/$2',
  '^@hoso/kernel/(.*)$': '<rootDir>/kernel/$1',
  '^@hoso/workflows$': '<rootDir>/workflows',
  '^@hoso/workflows/(.*)$': '<rootDir>/workflows/$1',
};
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
};
// HOSO_UNITS_DONE=1 (CI's second pass, on the real services): the tiers that touch no database already ran.
const unitsDone = Boolean(process.env.HOSO_UNITS_DONE);
module.exports = {
  testTimeout: 60000,
  // Two workers on a two-core machine (Jest's default there is one): each test file has its own database (a copy of
  // the template on PostgreSQL, an in-memory PGlite in the worker on the embedded default) and its own queue prefix,
  // so files run side by side; no more than four, each worker holding up to the limit below.
  maxWorkers: Math.min(4, Math.max(2, require('node:os').availableParallelism() - 1)),
  // Test files run one after another in a worker that is replaced once it holds this much after a file: in band
  // (one core's default), the module registries a hundred files leave behind outgrew the heap.
  workerIdleMemoryLimit: '1200MB',
  projects: [
    ...(unitsDone ? [] : [{ ...base, displayName: 'workflows', testMatch: ['<rootDir>/workflows/**/*.spec.ts'] },
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/kernel/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'] }]),
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts', '<rootDir>/test/e2e/**/*.spec.ts', '<rootDir>/test/contract/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
