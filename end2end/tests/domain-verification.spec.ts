import { ADMIN, expect, hydrated, signIn, test } from "../fixtures";

test("an admin verifies a domain through the portal, and a bad domain is refused there", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  const domains = page.locator('[data-intent="domain_verification"]');
  // The demo organization's domain waits for its DNS record.
  await expect(domains.getByText("In progress", { exact: true })).toBeVisible();
  await expect(domains.getByText("acme.example is waiting for its DNS record.")).toBeVisible();
  await hydrated(page, javaScript);
  await domains.getByRole("button", { name: "Finish verifying" }).click();
  await expect(page.getByRole("heading", { name: "Enter the domain to verify" })).toBeVisible();

  await page.getByLabel("Domain").fill("not a domain");
  await page.getByRole("button", { name: "Verify domain" }).click();
  await expect(page.getByRole("alert")).toHaveText("Enter a domain name such as example.com.");
  await page.getByLabel("Domain").fill("Acme.Example");
  await page.getByRole("button", { name: "Verify domain" }).click();

  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByTestId("success-banner")).toContainText("Domain verification is complete. Verified: acme.example.");
  await expect(domains.getByText("Active", { exact: true })).toBeVisible();
});
