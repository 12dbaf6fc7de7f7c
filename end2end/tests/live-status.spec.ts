import { ADMIN, EMULATOR_KEY, WEBHOOK_SECRET, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test.use({ porticoEnv: { WORKOS_WEBHOOK_SECRET: WEBHOOK_SECRET } });

test("a WorkOS event changes the open settings page within 2 s; without JavaScript a reload shows it", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  // The page back from the portal follows its status as soon as it runs.
  const following = javaScript ? page.waitForResponse((r) => r.url().includes("/api/status_stream?since=")) : null;
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(sso.getByText("Active", { exact: true })).toBeVisible();
  if (following) expect((await following).status()).toBe(200);

  const certificate = page.locator('[data-intent="certificate_renewal"]');
  await expect(certificate.getByText("WorkOS reported no expiring certificate in the last 30 days.")).toBeVisible();
  const listed = await fetch(`${portico.emulatorUrl}/connections`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } });
  const connection = (await listed.json()).data[0];

  // WorkOS warns that the connection's certificate expires in 9 days.
  const sent = Date.now();
  await portico.control("POST", "events/certificate_expiring", { connection_id: connection.id, days: 9 });
  const warning = certificate.getByText(/^Okta SAML's SAML certificate expires on .+ \(in 9 days\)\.$/);
  if (javaScript) {
    await expect(warning).toBeVisible({ timeout: 2_000 });
    console.log(`live status: the card changed ${Date.now() - sent} ms after WorkOS's event`);
    await expect(certificate.locator("header .badge")).toHaveText("Needs attention");
    await expect(certificate).toHaveAttribute("data-setup", "needs_attention");
    await expect(certificate.getByRole("button", { name: "Renew certificate" })).toHaveClass(/warning/);
    // Said once, politely, to screen readers; the rest of the page is as it was.
    await expect(page.getByTestId("live-status")).toHaveText(/^Certificate renewal: Needs attention\. Okta SAML's SAML certificate expires on .+\(in 9 days\)\.$/);
    await expect(page.getByTestId("success-banner")).toContainText("Single sign-on setup is complete.");
    await expect(sso.locator("header .badge")).toHaveText("Active");
  } else {
    await expect(warning).toHaveCount(0);
    await page.reload();
    await expect(warning).toBeVisible();
    await expect(certificate.locator("header .badge")).toHaveText("Needs attention");
  }
  for (const width of [360, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await certificate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${__dirname}/../test-results/screenshots/${test.info().project.name}-live-status-${width}.png` });
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "live-status-dark");
});
