/**
 * axe-core on the overview and on a province page, each once everything has loaded: no violation of any
 * rule axe runs by default (WCAG 2.0/2.1 A and AA among them).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  waitForBoard,
  waitForCanvasesDrawn,
  waitForOverviewDrawn,
  waitForSettled,
} from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

/** Runs axe and returns its violations in words: rule, impact, help and up to five offending nodes. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`);
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.helpUrl}]\n${nodes.join('\n')}${more}`;
  });
}

describe('accessibility (axe)', () => {
  test('the overview has no axe violations', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await waitForOverviewDrawn(page);
    const violations = await axeViolations(page);
    expect(violations, `axe violations on /:\n${violations.join('\n')}`).toEqual([]);
  });

  test('the overview with the map and the trend as tables has no axe violations', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/?mapView=table&trendView=table`);
    await waitForBoard(page);
    await page.locator('#map table tbody tr').first().waitFor();
    await page.locator('#trend table tbody tr').first().waitFor();
    await waitForSettled(page);
    // Every scroll box can be reached by keyboard: rows with links are one roving stop, the rest a named stop.
    const violations = await axeViolations(page);
    expect(violations, `axe violations on the tables:\n${violations.join('\n')}`).toEqual([]);
  });

  test('a province page (/tinh/24) has no axe violations', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/tinh/24`);
    await page.locator('.profile-table tbody tr').first().waitFor();
    await waitForSettled(page);
    // Charts below the fold are drawn when they come into view: scroll to the trend so axe sees it too.
    await page.locator('#province-trend').scrollIntoViewIfNeeded();
    await waitForCanvasesDrawn(page, '#province-trend');
    const violations = await axeViolations(page);
    expect(violations, `axe violations on /tinh/24:\n${violations.join('\n')}`).toEqual([]);
  });
});
