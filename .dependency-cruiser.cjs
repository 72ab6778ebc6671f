/**
 * The import rules of ARCHITECTURE.md, checked by `npm run lint` (scripts/check-import-rules.mjs):
 * no file imports itself through others, the pure core imports no adapter, scene or server, and
 * neither the adapters nor the Live server import the scenes. Type-only imports count for those; a
 * circle closed only through type-only imports is a warning, since the compiler erases it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A circle of imports: one of these files should receive what it needs instead (see src/main.ts).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      severity: 'warn',
      comment: 'A circle closed by a type-only import: move the shared types to a file of their own.',
      from: {},
      to: { circular: true, via: { dependencyTypes: ['type-only'] } },
    },
    {
      name: 'core-stays-pure',
      severity: 'error',
      comment: 'src/core is pure TypeScript: it imports no adapter, scene or server code.',
      from: { path: '^src/core/' },
      to: { path: '^(src/services|src/game|server)/' },
    },
    {
      name: 'services-know-no-scenes',
      severity: 'error',
      comment: 'src/services are adapters for the core; the scenes use them, never the other way round.',
      from: { path: '^src/services/' },
      to: { path: '^src/game/' },
    },
    {
      name: 'server-knows-no-scenes',
      severity: 'error',
      comment: 'The Live server runs in Node: it shares src/core with the game, never src/game.',
      from: { path: '^server/' },
      to: { path: '^src/game/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|server)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
