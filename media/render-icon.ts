// Renders media/icon.svg to media/icon.png (128×128) with the machine's Chromium, so the
// icon is drawn from source rather than committed as an opaque binary only.
// Run: node --import tsx media/render-icon.ts
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(__dirname, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(__dirname, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
