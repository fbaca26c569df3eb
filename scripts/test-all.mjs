// The one test command (`npm test`): static checks, unit tests, a production build, checks of the build's files
// (tests/build: links, metadata, other hosts, JavaScript budget), then end-to-end tests in real Chromium.
// Ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

mkdirSync('.cache', { recursive: true });
const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};
const counts = (file) => {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0) };
};

const only = process.argv[2]; // optional: "unit" or "e2e"
let total = { passed: 0, failed: 0 };
const add = (c) => {
  total = { passed: total.passed + c.passed, failed: total.failed + c.failed };
};
let status = 0;

if (only !== 'e2e') {
  // Each static check counts as one test. `astro check` syncs the content types, then type-checks the .astro
  // files' frontmatter and templates and every .ts/.mjs file of tsconfig.json (src, tests, scripts) strictly;
  // `npm run lint` is ESLint with the layer import rules (eslint.config.js); `npm run format:check` is Prettier.
  const checks = [
    ['typecheck', ['npx', 'astro', 'check']],
    ['lint', ['npm', 'run', '--silent', 'lint']],
    ['format', ['npm', 'run', '--silent', 'format:check']],
  ];
  for (const [name, [cmd, ...args]] of checks) {
    const code = run(cmd, args);
    console.log(code === 0 ? `[tests] ${name} passed` : `[tests] ${name} FAILED`);
    add(code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
    status |= code;
  }
  rmSync('.cache/unit.json', { force: true });
  status |= run('npx', [
    'vitest',
    'run',
    '--config',
    'vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.cache/unit.json',
  ]);
  add(counts('.cache/unit.json'));
}
if (only !== 'unit') {
  const chrome = ensureChromium();
  const built = run('npx', ['astro', 'build', '--silent']);
  if (built !== 0) {
    console.error('[tests] astro build failed');
    add({ passed: 0, failed: 1 });
    status |= 1;
  } else {
    // The build read as files (links and anchors, metadata, other hosts, the JavaScript budget), then in Chromium.
    rmSync('.cache/build.json', { force: true });
    status |= run('npx', [
      'vitest',
      'run',
      '--config',
      'vitest.build.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.cache/build.json',
    ]);
    add(counts('.cache/build.json'));
    rmSync('.cache/e2e.json', { force: true });
    status |= run(
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=.cache/e2e.json',
      ],
      { CHROME_PATH: chrome },
    );
    add(counts('.cache/e2e.json'));
  }
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(status === 0 && total.failed === 0 ? 0 : 1);
