export { figuresRow } from './row.ts';
