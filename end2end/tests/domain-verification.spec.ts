import { ADMIN, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test("an admin verifies a domain in the card: the TXT record, a failed check, then verified", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const card = page.locator('[data-intent="domain_verification"]');
  const acme = card.locator('[data-domain="acme.example"]');
  // The demo organization's domain waits for its DNS record: the card shows which.
  await expect(card.getByText("In progress", { exact: true })).toBeVisible();
  await expect(acme.getByText("Waiting for DNS")).toBeVisible();
  const name = await acme.getByTestId("record-name").textContent();
  const value = await acme.getByTestId("record-value").textContent();
  expect(name).toBe("_workos-challenge.acme.example");
  expect(value!.length).toBeGreaterThan(15);
  await screenshot(page, "domain-waiting");

  // Checked before the record exists: WorkOS does not find it, and the card says what to do.
  await acme.getByRole("button", { name: "Verify now" }).click();
  await expect(acme.getByText("Record not found")).toBeVisible();
  await expect(acme.getByText("WorkOS looked for this record and did not find it.")).toBeVisible();
  await expect(card.getByText("Needs attention", { exact: true })).toBeVisible();
  // What is wrong, since when, and what to do.
  await expect(card.getByText(/^Verification failed for acme\.example on \d+ \w+ \d{4}: check the DNS record\.$/)).toBeVisible();
  await expect(acme.getByTestId("record-value")).toHaveText(value!);

  await portico.publishTxt(name!, value!);
  await acme.getByRole("button", { name: "Verify again" }).click();
  await expect(acme.getByText("Verified", { exact: true })).toBeVisible();
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await expect(card.getByText("Verified: acme.example.")).toBeVisible();
  await expect(acme.getByTestId("record-name")).toHaveCount(0);
});

test("an admin adds a domain, a bad one is refused in the card with what was typed kept, and removes one", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const card = page.locator('[data-intent="domain_verification"]');
  const input = card.getByLabel("Add a domain your people sign in with");

  await input.fill("https://widgets.example/login");
  await card.getByRole("button", { name: "Add domain" }).click();
  // The error sits beside the field it is about: named as its description, the field
  // marked invalid and focused, what was typed kept.
  await expect(input).toHaveAccessibleDescription(/Enter just the domain, such as acme\.com\./);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toBeFocused();
  await expect(input).toHaveValue("https://widgets.example/login");
  await screenshot(page, "domain-field-error");

  await input.fill("Widgets.Example");
  await card.getByRole("button", { name: "Add domain" }).click();
  const widgets = card.locator('[data-domain="widgets.example"]');
  await expect(widgets.getByText("Waiting for DNS")).toBeVisible();
  await expect(widgets.getByTestId("record-name")).toHaveText("_workos-challenge.widgets.example");
  await expect(card.locator(".field-error")).toHaveCount(0);
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveValue("");

  // The same domain again: it is one of ours already, and the card says so.
  await input.fill("widgets.example");
  await card.getByRole("button", { name: "Add domain" }).click();
  await expect(input).toHaveAccessibleDescription(/widgets\.example is already one of your domains, waiting for its DNS record/);
  await screenshot(page, "domain-added");

  // Removing asks first, saying what it changes: a modal dialog with JavaScript, the
  // question in the row without. Cancel keeps the domain.
  await hydrated(page, javaScript);
  await widgets.getByRole("link", { name: "Remove widgets.example" }).click();
  const asked = page.getByRole("dialog", { name: "Remove widgets.example?" });
  await expect(asked).toBeVisible();
  await expect(asked).toContainText("People with @widgets.example addresses will no longer be matched to Acme");
  await screenshot(page, "domain-remove-asked");
  await asked.getByRole(javaScript ? "button" : "link", { name: "Cancel" }).click();
  await expect(asked).toBeHidden();
  await expect(widgets).toHaveCount(1);
  await widgets.getByRole("link", { name: "Remove widgets.example" }).click();
  await asked.getByRole("button", { name: "Remove widgets.example" }).click();
  await expect(widgets).toHaveCount(0);
  // Afterwards the card says what happened, once.
  await expect(card.getByTestId("domains-done")).toHaveText("widgets.example was removed from your domains.");
  await expect(card.locator('[data-domain="acme.example"]')).toBeVisible();
  await page.reload();
  await expect(card.getByTestId("domains-done")).toHaveCount(0);
});

test("the copy buttons put the TXT record on the clipboard @needs-javascript", async ({ page, portico, javaScript, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: portico.url });
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const acme = page.locator('[data-domain="acme.example"]');
  await acme.getByRole("button", { name: "Copy the record value" }).click();
  await expect(acme.getByRole("button", { name: "Copied the record value" })).toBeVisible();
  await expect(acme.getByRole("status").filter({ hasText: "Copied" })).toHaveText("Copied the record value.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await acme.getByTestId("record-value").textContent());
});

test("without JavaScript there are no copy buttons that cannot work @without-javascript", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await expect(page.locator('[data-domain="acme.example"]').getByRole("button", { name: /Copy/ })).toHaveCount(0);
});

test("the Admin Portal stays the alternative, and a bad domain is refused there", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const card = page.locator('[data-intent="domain_verification"]');
  await card.getByRole("button", { name: "Verify in the Admin Portal" }).click();
  await expect(page.getByRole("heading", { name: "Enter the domain to verify" })).toBeVisible();

  await page.getByLabel("Domain").fill("not a domain");
  await page.getByRole("button", { name: "Verify domain" }).click();
  await expect(page.getByRole("alert")).toHaveText("Enter a domain name such as example.com.");
  await page.getByLabel("Domain").fill("Acme.Example");
  await page.getByRole("button", { name: "Verify domain" }).click();

  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByTestId("success-banner")).toContainText("Domain verification is complete. Verified: acme.example.");
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
});
