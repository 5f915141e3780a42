import { share } from '../domain/share.ts';

export const fetchShare = share;
