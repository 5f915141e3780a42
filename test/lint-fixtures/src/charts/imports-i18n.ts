import { messages } from '../i18n/messages.ts';

export const words = messages;
