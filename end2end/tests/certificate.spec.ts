import { ADMIN, EMULATOR_KEY, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test("an expiring SAML certificate needs attention until the admin renews it", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const card = page.locator('[data-intent="certificate_renewal"]');
  await expect(card.getByText("WorkOS reported no expiring certificate in the last 30 days.")).toBeVisible();

  await page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(page).toHaveURL(/\/settings/);

  // WorkOS warns that the connection's certificate expires in 14 days.
  const listed = await fetch(`${portico.emulatorUrl}/connections`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } });
  const connection = (await listed.json()).data[0];
  const expiry = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  await portico.control("POST", "events", {
    event: "connection.saml_certificate_renewal_required",
    data: {
      connection: { id: connection.id, organization_id: connection.organization_id },
      certificate: { certificate_type: "ResponseSigning", expiry_date: expiry.toISOString(), is_expired: false },
      days_until_expiry: 14,
    },
  });
  await page.goto(`${portico.url}/settings?refresh=1`);
  await expect(card.getByText("Needs attention", { exact: true })).toBeVisible();
  const day = `${expiry.getUTCDate()} ${expiry.toLocaleString("en", { month: "short", timeZone: "UTC" })} ${expiry.getUTCFullYear()}`;
  await expect(card.getByText(`Okta SAML's SAML certificate expires on ${day} (in 14 days).`)).toBeVisible();
  await screenshot(page, "certificate-expiring");

  await hydrated(page, javaScript);
  await card.getByRole("button", { name: "Renew certificate" }).click();
  await page.getByRole("button", { name: "Upload the new certificate" }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByTestId("success-banner")).toContainText("The certificate renewal is complete.");
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await expect(card.getByText(/^Certificate renewed on \d+ \w+ \d{4}, valid until \d+ \w+ \d{4}\.$/)).toBeVisible();
});
