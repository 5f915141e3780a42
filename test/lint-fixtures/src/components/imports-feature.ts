import { figuresRow } from '../features/figures/index.tsx';

export const upwards = figuresRow;
