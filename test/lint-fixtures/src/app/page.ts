import { throughIndex } from '../features/overview/through-index.ts';

export const page = throughIndex;
