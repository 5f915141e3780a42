import { http } from 'msw';

export const handler = http;
