import { chromium } from 'playwright-core';
const [,, url, out, w = '1920', h = '1080', wait = '6000'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
const page = await ctx.newPage();
page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(+wait);
await page.screenshot({ path: out });
const small = await page.evaluate(() => {
  let min = Infinity, where = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode; if (!n.textContent.trim()) continue;
    const el = n.parentElement; const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const cs = getComputedStyle(el); if (cs.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
    const fs = parseFloat(cs.fontSize); if (fs < min) { min = fs; where = el.className + ' :: ' + n.textContent.slice(0, 40); }
  }
  return { min, where, sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight };
});
console.log(JSON.stringify(small));
await browser.close();
