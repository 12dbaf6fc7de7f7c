import { STAFF_OWNER, adminSetsUpSso, expect, screenshot, staffFirstSignIn, test } from "../fixtures";

// The host's endpoint may be on this machine in this test (a closed loopback port: every
// delivery fails, so the log shows retries).
test.use({ porticoEnv: { PORTICO_HOST_API_WEBHOOKS_TO_PRIVATE_ADDRESSES: "true" } });

test("an owner makes and revokes an API key, registers a webhook endpoint and sends a failed delivery again", async ({ page, portico, javaScript, browser }) => {
  await staffFirstSignIn(page, portico, STAFF_OWNER);
  await page.getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();

  // A key: shown once, then listed by its start only.
  const keys = page.locator("form").filter({ hasText: "Make a key" });
  await keys.getByLabel("Name").fill("billing backend");
  await keys.getByLabel("organizations:read").check();
  await keys.getByRole("button", { name: "Make key" }).click();
  const key = (await page.getByTestId("shown-once").textContent())!;
  expect(key).toMatch(/^pk_live_[0-9a-f]{48}$/);
  await page.reload();
  await expect(page.getByTestId("shown-once")).toHaveCount(0);
  const row = page.getByRole("region", { name: "API keys" }).getByRole("row", { name: /billing backend/ });
  await expect(row).toContainText(`${key.slice(0, 14)}…`);
  await expect(row).toContainText("Never used");
  // A key without a scope is refused with the reason.
  await keys.getByLabel("Name").fill("nothing");
  await keys.getByRole("button", { name: "Make key" }).click();
  await expect(page.getByRole("alert")).toContainText("Give the key at least one scope");

  // An endpoint: its secret shown once; a change of a customer's setup queues a delivery.
  const endpoint = page.locator("form").filter({ hasText: "Add an endpoint" });
  await endpoint.getByLabel("URL").fill("http://127.0.0.1:9/hooks/portico");
  await endpoint.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId("shown-once")).toHaveText(/^whsec_[0-9a-f]{48}$/);

  await adminSetsUpSso(browser, portico, javaScript);

  const log = page.getByRole("region", { name: "Delivery log" });
  const delivery = log.getByRole("row").filter({ hasText: "organization.status_changed" }).first();
  await expect(async () => {
    await page.reload();
    await expect(delivery).toContainText("Retrying at", { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(delivery).toContainText("could not reach the endpoint");
  await delivery.getByRole("button", { name: "Send again" }).click();
  await expect(page).toHaveURL(/\/staff\/integrations/);
  await screenshot(page, "staff-integrations");

  // Revoking asks first, saying what it changes (a dialog with JavaScript, in place
  // without); revoked, the key is refused from then on.
  await row.getByRole("link", { name: "Revoke billing backend" }).click();
  const question = page.getByRole("dialog", { name: "Revoke the key billing backend?" });
  await expect(question).toContainText("Every call made with billing backend is refused from now on");
  await screenshot(page, "staff-revoke-key-question");
  await question.getByRole("button", { name: "Revoke billing backend" }).click();
  await expect(page.getByRole("region", { name: "API keys" }).getByRole("row", { name: /billing backend/ })).toContainText("Revoked");
  const refused = await fetch(`${portico.url}/api/v1/organizations`, { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status).toBe(401);
});
