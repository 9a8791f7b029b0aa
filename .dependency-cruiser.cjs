// Layer and boundary rules (issue 20), checked by `npm run check:deps`.
/* global module */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing-of-ours',
      comment: 'src/domain is the middle: it imports no other folder of ours.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src|sim|bench|web|test)/', pathNot: '^src/domain/' },
    },
    {
      name: 'channels-never-import-storage',
      comment: 'Channels talk to the agent and ticket ports, never to storage.',
      severity: 'error',
      from: { path: '^src/channels/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/storage/' },
    },
    {
      name: 'only-the-demo-and-tests-import-sim',
      comment:
        'The simulator is reached from the demo entry (src/demo), the sim CLI command, benchmarks and tests only.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/demo/', '^src/cli/commands/sim\\.ts$', '\\.test\\.ts$', '/testing/'],
      },
      to: { path: '^sim/' },
    },
    {
      name: 'no-cycles',
      comment: 'No runtime import cycles (a cycle closed only by type-only imports is erased at build time).',
      severity: 'error',
      from: { path: '^(src|sim)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
