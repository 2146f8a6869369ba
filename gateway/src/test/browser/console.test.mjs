// The gateway's console, as an administrator uses it: open the Swagger UI, "Authorize" through Keycloak
// (authorization code + PKCE, client coso-console), log in as demo-admin, call an endpoint, see a 200.
// Needs a running stack: GATEWAY (default http://localhost:8080). Run it with ./gateway/console-test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const GATEWAY = process.env.GATEWAY ?? 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

test('an administrator logs in through Keycloak in the console and calls the unit registry', async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${GATEWAY}/q/swagger-ui/`);
    await page.locator('.btn.authorize').first().click();

    const [login] = await Promise.all([
      page.waitForEvent('popup'),
      page.locator('.modal-ux .auth-btn-wrapper .btn.modal-btn.auth.authorize').first().click(),
    ]);
    await login.waitForSelector('#username');
    await login.fill('#username', 'demo-admin');
    await login.fill('#password', 'demo-admin');
    await Promise.all([login.waitForEvent('close'), login.click('#kc-login')]);

    // logged in: the modal now offers to log out
    await page.locator('.modal-ux .auth-btn-wrapper .btn.modal-btn.auth:has-text("Logout")').first()
      .waitFor({ timeout: 15000 });
    await page.locator('.modal-ux .close-modal').first().click();

    const operation = page.locator('.opblock-get:has(.opblock-summary-path[data-path="/api/planning/units"])');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('.try-out__btn').click();
    await operation.locator('.execute').click();
    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 15000 });
    assert.equal((await status.innerText()).trim(), '200');
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
    assert.match(body, /"code": "CB-/); // cells of the province: the caller's subtree came back
    await page.screenshot({ path: process.env.SCREENSHOT ?? 'console.png', fullPage: false });
  } finally {
    await browser.close();
  }
});
