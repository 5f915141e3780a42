import { figuresRow } from '../figures/row.ts';

export const pastIndex = figuresRow;
