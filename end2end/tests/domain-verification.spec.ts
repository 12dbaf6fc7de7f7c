import { ADMIN, DEMO_PASSWORD, expect, hydrated, test } from "../fixtures";

test("an admin signs in and verifies a domain through the portal", async ({ page, portico, javaScript }) => {
  await page.goto(`${portico.url}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await hydrated(page, javaScript);

  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");

  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${portico.url}/settings`);

  const domains = page.locator('[data-intent="domain_verification"]');
  await expect(domains.getByText("Not configured")).toBeVisible();
  await hydrated(page, javaScript);
  await domains.getByRole("button", { name: "Verify domains" }).click();
  await expect(page.getByRole("heading", { name: "Enter the domain to verify" })).toBeVisible();

  await page.getByLabel("Domain").fill("not a domain");
  await page.getByRole("button", { name: "Verify domain" }).click();
  await expect(page.getByRole("alert")).toHaveText("Enter a domain name such as example.com.");
  await page.getByLabel("Domain").fill("Acme.Example");
  await page.getByRole("button", { name: "Verify domain" }).click();

  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByTestId("success-banner")).toContainText("Domain verification is complete. Verified: acme.example.");
  await expect(domains.getByText("Configured", { exact: true })).toBeVisible();
});
