import { ADMIN, expect, hydrated, screenshot, signIn, test } from "../fixtures";

test("an admin picks Okta from the provider grid, and the SSO setup opens though WorkOS takes only Google in the link", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByText("Choose your identity provider").first().click();
  const grid = sso.getByRole("group", { name: "Choose your identity provider" });
  await expect(grid.getByRole("radio")).toHaveCount(37);
  // Icons come from Portico's own origin.
  await expect(grid.locator('img[src="/icons/light/oktasaml.svg"]')).toHaveCount(1);
  await screenshot(page, "provider-picker");

  // Keyboard: focus the first provider, arrows move within the group.
  await grid.getByRole("radio", { name: "Okta SAML" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(grid.getByRole("radio", { name: "Microsoft Entra ID SAML" })).toBeChecked();
  await grid.getByRole("radio", { name: "Okta SAML" }).check();
  await sso.getByRole("button", { name: "Save" }).click();

  await expect(page).toHaveURL(/\/settings#sso$/);
  await expect(sso.getByText("Okta SAML picked: choose it when the setup asks. You'll need admin access to it.")).toBeVisible();
  await expect(sso.getByText("Change provider")).toBeVisible();
  await hydrated(page, javaScript);
  await sso.getByRole("button", { name: "Configure SSO" }).click();
  // WorkOS refuses a link naming any provider but Google Workspace SAML: the portal opens
  // with no suggestion, and the admin finds Okta there as the card said.
  await expect(page.getByRole("heading", { name: "Choose your identity provider" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Okta SAML", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /\(suggested\)/ })).toHaveCount(0);
});

test("the picker is searchable, jumps to a provider as its name is typed, and Escape closes it @needs-javascript", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  const sso = page.locator('[data-intent="sso"]');
  await sso.getByText("Choose your identity provider").first().click();
  const grid = sso.getByRole("group", { name: "Choose your identity provider" });
  const search = sso.getByLabel("Search identity providers");

  await search.fill("google");
  await expect(grid.getByRole("radio")).toHaveCount(2);
  await expect(sso.getByRole("status").filter({ hasText: "match" })).toHaveText("2 providers match.");
  // Enter in the search field picks the first match rather than sending an empty form.
  await search.press("Enter");
  await expect(grid.getByRole("radio", { name: "Google Workspace SAML" })).toBeChecked();
  await expect(grid.getByRole("radio", { name: "Google Workspace SAML" })).toBeFocused();

  await search.fill("no such provider");
  await expect(grid.getByRole("radio")).toHaveCount(0);
  await expect(sso.getByText("Nothing matches. Try another name.")).toBeVisible();
  await search.fill("");
  await expect(grid.getByRole("radio")).toHaveCount(37);

  // Type-ahead on the grid: "ping" lands on PingFederate SAML; Escape closes the picker.
  await grid.getByRole("radio", { name: "Okta SAML" }).focus();
  await page.keyboard.type("ping");
  await expect(grid.getByRole("radio", { name: /^PingFederate/ }).first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(grid).toBeHidden();
  await expect(sso.locator("summary")).toBeFocused();
});
