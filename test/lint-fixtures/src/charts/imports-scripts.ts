import { build } from '../../scripts/build.ts';

export const tooling = build;
