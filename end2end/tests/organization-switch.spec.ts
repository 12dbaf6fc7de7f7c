import { ADMIN, expect, hydrated, signIn, test } from "../fixtures";

test("a person in two organizations switches between them, with each one's role and status", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  await expect(page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" })).toBeVisible();
  const switcher = page.getByLabel("Organization");
  await expect(switcher).toHaveValue(/\d+/);
  await expect(switcher.locator("option")).toHaveText(["Acme", "Globex"]);

  await switcher.selectOption({ label: "Globex" });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { name: "Globex settings" })).toBeVisible();
  // A member there: status read-only, no buttons, no pickers, no DNS records.
  await expect(page.getByTestId("read-only")).toContainText("To change them, ask an admin of Globex.");
  await expect(page.locator(".card button")).toHaveCount(0);
  await expect(page.locator("#it-admin")).toHaveCount(0);
  await expect(page.locator('[data-intent="domain_verification"]').getByText("globex.example is waiting for its DNS record.")).toBeVisible();
  await expect(page.getByText("ada@acme.example · member")).toBeVisible();

  await page.getByLabel("Organization").selectOption({ label: "Acme" });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { name: "Acme settings" })).toBeVisible();
  await expect(page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" })).toBeVisible();
});
