/**
 * The app's tsconfig (tsconfig.json: src/ and mocks/, the code that runs in the browser) has no Node types:
 * a Node global or module written in src/ fails the type-check. Node's types once reached the app through an
 * import chain (a Vite plugin in src/charts importing `vite`, whose types reference `node`), so this checks the
 * whole program the config builds, not only its `types` field.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROBE = join(ROOT, 'src', 'domain', 'node-globals-probe.ts');
const PROBE_TEXT = [
  "import { readFileSync } from 'node:fs';",
  "export const bytes: Buffer = Buffer.from('Hà Nội', 'utf8');",
  'export const mode = process.env.NODE_ENV;',
  "export const text = readFileSync('x', 'utf8');",
  '',
].join('\n');

/**
 * The program `config` builds, with the probe file added to its files as if it were in src/domain (with
 * `probeOnly`, the probe alone under the config's options).
 */
function programWithProbe(config: string, { probeOnly = false } = {}): ts.Program {
  const file = ts.readConfigFile(join(ROOT, config), (path) => ts.sys.readFile(path));
  if (file.error) throw new Error(ts.flattenDiagnosticMessageText(file.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(file.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === PROBE ? ts.createSourceFile(name, PROBE_TEXT, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === PROBE || fileExists(name);
  return ts.createProgram({
    rootNames: probeOnly ? [PROBE] : [...parsed.fileNames, PROBE],
    options: parsed.options,
    host,
  });
}

function probeDiagnostics(program: ts.Program): { code: number; text: string }[] {
  const probe = program.getSourceFile(PROBE);
  if (!probe) throw new Error('the probe is not in the program');
  return [...program.getSyntacticDiagnostics(probe), ...program.getSemanticDiagnostics(probe)].map((d) => ({
    code: d.code,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

describe('the app tsconfig has no Node types', () => {
  it('rejects Buffer, process and node:fs in a file of src/domain', () => {
    const program = programWithProbe('tsconfig.json');
    const nodeTypes = program
      .getSourceFiles()
      .filter((f) => f.fileName.includes('/node_modules/@types/node/'))
      .map((f) => f.fileName);
    expect(nodeTypes, 'files of @types/node in the app program').toEqual([]);
    const diagnostics = probeDiagnostics(program);
    const texts = diagnostics.map((d) => d.text).join('\n');
    // TS2591 "Cannot find name 'Buffer'. Do you need to install type definitions for node?"; TS2307 for modules.
    expect(texts).toMatch(/Cannot find name 'Buffer'/);
    expect(texts).toMatch(/Cannot find name 'process'/);
    expect(texts).toMatch(/Cannot find module 'node:fs'/);
  }, 120_000);

  it('accepts the same file under the tooling tsconfig, which has them (so the probe itself is valid Node code)', () => {
    expect(probeDiagnostics(programWithProbe('tsconfig.node.json', { probeOnly: true }))).toEqual([]);
  }, 120_000);
});
