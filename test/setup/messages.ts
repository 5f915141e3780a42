/**
 * Tests render pages without their lazy loaders, which load the page's message area (src/i18n/i18n.tsx): load
 * every area first. The end-to-end suite drives the real loaders.
 */
import { loadMessageArea, MESSAGE_AREAS } from '../../src/i18n/i18n.tsx';

await Promise.all(MESSAGE_AREAS.map(loadMessageArea));
