import { share } from '../src/domain/share.ts';
import { fetchShare } from '../src/api/fetch-share.ts';

export const handlers = [share, fetchShare];
