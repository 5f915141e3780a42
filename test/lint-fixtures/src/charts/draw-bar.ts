import { share } from '../domain/share.ts';

export const drawBar = share;
