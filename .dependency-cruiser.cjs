/**
 * The import rules of ARCHITECTURE.md, checked by `npm run lint` (scripts/check-import-rules.mjs):
 * no file imports itself through others, the pure core imports no adapter, scene or server, and
 * neither the adapters nor the Live server import the scenes. Type-only imports count for all of them:
 * a circle of types still ties the files together for a reader.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A circle of imports, type-only ones included: one of these files should receive what it needs instead (see src/main.ts), or shared types go to a file of their own.',
      from: {},
      to: { circular: true },
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
