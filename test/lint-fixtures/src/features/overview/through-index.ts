import { figuresRow } from '../figures/index.tsx';

export const throughIndex = figuresRow;
