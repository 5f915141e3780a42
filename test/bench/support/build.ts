/**
 * One production build for the whole bench: `vite build` into a temporary directory (so a `dist/` that a
 * preview or the e2e suite is serving is left alone), with hidden source maps: the bundles are byte for
 * byte those of `npm run build` (no sourceMappingURL comment), and the CPU profile can name the modules
 * and functions behind the minified code. The type-check half of `npm run build` is skipped: it measures
 * nothing.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export async function buildApp(root: string, outDir: string): Promise<void> {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${output}`);
}
