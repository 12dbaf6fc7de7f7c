import AxeBuilder from "@axe-core/playwright";
import { Page } from "@playwright/test";
import { ADMIN, MEMBER, Portico, expect, signIn, test } from "../fixtures";

async function violations(page: Page, where: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await new AxeBuilder({ page }).analyze();
    const named = found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" | ")}`);
    expect(named, `${where}, ${colorScheme}`).toEqual([]);
  }
}

async function checkEveryPage(page: Page, portico: Portico, javaScript: boolean, who: string) {
  await page.goto(`${portico.url}/sign-in`);
  await violations(page, "/sign-in");
  await signIn(page, portico, javaScript, who);
  await violations(page, "/settings");
  await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
  await violations(page, "/settings with the pickers and the IT admin form open");
  // A form sent back with an error in its card (admins have the domain form).
  if (who === ADMIN) {
    const card = page.locator('[data-intent="domain_verification"]');
    await card.getByLabel("Add a domain your people sign in with").fill("not a domain");
    await card.getByRole("button", { name: "Add domain" }).click();
    await expect(card.getByRole("alert")).toBeVisible();
    await violations(page, "/settings with an error in a card");
  }
}

// axe-core on every page a person reaches, in both themes. axe itself runs in the page,
// so for the pages as a browser without JavaScript gets them, the app's own scripts are
// blocked instead: the page stays the server's HTML.
for (const who of [ADMIN, MEMBER]) {
  test(`no accessibility violations for ${who === ADMIN ? "an admin" : "a member"}`, async ({ page, browser, portico, javaScript }) => {
    // Eight axe runs over the whole settings page: more than the default budget on a busy machine.
    test.slow();
    if (javaScript) return checkEveryPage(page, portico, true, who);
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route("**/pkg/**", (route) => route.abort());
    await checkEveryPage(await context.newPage(), portico, false, who);
    await context.close();
  });
}
