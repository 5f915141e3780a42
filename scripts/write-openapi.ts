/** Writes openapi/openapi.json from the zod contract: `npm run openapi`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/api/openapi.ts';

const target = new URL('../openapi/openapi.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
