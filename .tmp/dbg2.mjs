import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
const page = await ctx.newPage();
page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
const B = 'http://127.0.0.1:4311';
await page.goto(B + '/trinh-chieu?deck=/decks/hop-thang-11.json');
await page.getByRole('button', { name: 'Lưu vào trình duyệt' }).click();
console.log('kept', page.url());
await page.getByRole('button', { name: 'Chốt số liệu' }).click();
for (let i = 0; i < 20; i++) { await page.waitForTimeout(1500); const f = await page.locator('.deck-editor__freeze').innerText(); console.log(i, f, await page.locator('.deck-editor__actions').innerText()); if (f.includes('chốt lúc')) break; }
await browser.close();
