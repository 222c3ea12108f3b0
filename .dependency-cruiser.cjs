// Layer boundaries from docs/architecture.md, checked on every `npm test`. A folder is a runtime:
// only electron/ touches Electron, only renderer/ touches React and the DOM, and the renderer
// reaches the backend through api/ alone.
const project = '^(api|core|db|server|cli|electron|renderer|bench|e2e)/';
const pkg = (names) => `(^|/)node_modules/(${names})/|^(${names})$`;

module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-electron',
      comment: 'Only electron/ may import electron: everything else must run where its binary cannot.',
      severity: 'error',
      from: { path: project, pathNot: '^electron/' },
      to: { path: pkg('electron') },
    },
    {
      name: 'react-only-in-renderer',
      comment: 'React and the DOM live in renderer/ only.',
      severity: 'error',
      from: { path: '^(api|core|db|server|cli|electron|bench)/' },
      to: { path: pkg('react|react-dom|@tanstack/react-table|@tanstack/react-virtual|recharts|qrcode') },
    },
    {
      name: 'renderer-only-api',
      comment: 'The renderer talks to the backend only through the api/ contract.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(core|db|server|cli|electron|bench|e2e)/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer is sandboxed: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'api-is-pure',
      comment: 'api/ is the contract: plain TypeScript and zod, no Node, no other layer.',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: '^(core|db|server|cli|electron|renderer)/' },
    },
    {
      name: 'api-no-node',
      severity: 'error',
      from: { path: '^api/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-and-db-know-no-host',
      comment: 'core/ and db/ are host-agnostic; hosts depend on them, never the reverse.',
      severity: 'error',
      from: { path: '^(core|db)/' },
      to: { path: '^(server|cli|electron|renderer)/' },
    },
    {
      name: 'db-below-core',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^core/' },
    },
    {
      name: 'hosts-stay-apart',
      comment: 'The browser host is never bundled into the desktop app, and hosts do not borrow from each other.',
      severity: 'error',
      from: { path: '^(server|electron)/' },
      to: { path: '^(server|cli|electron|renderer)/', pathNot: '$1' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-modules-one-way',
      comment:
        "Core's modules (contacts/, timeline/, outbox/…) call each other one way; what two of them share is a module of its own " +
        '(core/text, core/money, core/calendar, core/respect, core/consent, core/file-problems). No file may be in a cycle through another module; cycles between ' +
        'folders through different files are found by core/module-cycles.test.ts.',
      severity: 'error',
      from: { path: '^core/([^/]+)/' },
      to: { path: '^core/', pathNot: '^core/$1/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '(^|/)(dist|dist-electron|dist-bench)/' },
  },
};
