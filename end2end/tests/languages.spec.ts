import { Page } from "@playwright/test";
import { ADMIN, MEMBER, expect, expectNoAxeViolations, hydrated, screenshot, signIn, test } from "../fixtures";

// Portico in every language it speaks: chosen from the browser's language, then by the
// person with the picker (with and without JavaScript); Arabic right to left; axe finds
// nothing in any of them.
const LANGUAGES = [
  { tag: "en", heading: "Sign in", settings: /^Acme settings$/ },
  { tag: "de", heading: "Anmelden", settings: /^Einstellungen für Acme$/ },
  { tag: "fr", heading: "Connexion", settings: /^Paramètres de l'organisation Acme$/ },
  { tag: "ja", heading: "サインイン", settings: /^Acme の設定$/ },
  // Right to left, the organization's name is set apart by Unicode isolation marks.
  { tag: "ar", heading: "تسجيل الدخول", settings: /^إعدادات \u2068Acme\u2069$/ },
];

async function expectLanguage(page: Page, tag: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", tag);
  await expect(page.locator("html")).toHaveAttribute("dir", tag === "ar" ? "rtl" : "ltr");
}

test("the sign-in page speaks the browser's language, with no accessibility violations", async ({ browser, portico, javaScript }) => {
  test.slow();
  for (const { tag, heading } of LANGUAGES) {
    const context = await browser.newContext({ javaScriptEnabled: true, locale: tag });
    // Without JavaScript: the app's scripts blocked, so axe still runs on the server's HTML.
    if (!javaScript) await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${portico.url}/sign-in`);
    await expectLanguage(page, tag);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page, `/sign-in in ${tag}`);
    await context.close();
  }
});

test("an admin picks each language in turn; the settings page follows, right to left in Arabic", async ({ page, portico, javaScript }) => {
  test.slow();
  await signIn(page, portico, javaScript, ADMIN);
  for (const { tag, settings } of LANGUAGES) {
    const picker = page.locator("form.language-picker");
    await picker.locator("select").selectOption(tag);
    await picker.locator("button").click();
    await expect(page).toHaveURL(/\/settings$/);
    await expectLanguage(page, tag);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(settings);
    await hydrated(page, javaScript);
    if (javaScript) await expectNoAxeViolations(page, `/settings in ${tag}`);
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, `/settings in ${tag} at ${width} px`).toBeLessThanOrEqual(0);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await screenshot(page, `settings-${tag}-${width}-${colorScheme}`);
      }
    }
  }
  // The choice is kept on the account: a new sign-in elsewhere gets the last one.
  await page.context().clearCookies();
  await signInInArabic(page, portico.url);
  await expectLanguage(page, "ar");
});

/** The password step in Arabic, by its fields' order (the labels are Arabic now). */
async function signInInArabic(page: Page, url: string) {
  await page.goto(`${url}/sign-in/password`);
  await page.locator('input[name="email"]').fill(ADMIN);
  await page.locator('input[name="password"]').fill("e2e-demo-password");
  await page.locator('form button[type="submit"]').first().click();
  await expect(page).toHaveURL(/\/settings$/);
}

test("a member's page in Arabic has no accessibility violations", async ({ browser, portico, javaScript }) => {
  test.slow();
  const context = await browser.newContext({ javaScriptEnabled: true, locale: "ar" });
  if (!javaScript) await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${portico.url}/sign-in/password`);
  await page.locator('input[name="email"]').fill(MEMBER);
  await page.locator('input[name="password"]').fill("e2e-demo-password");
  await page.locator('form button[type="submit"]').first().click();
  await expect(page).toHaveURL(/\/settings$/);
  await expectLanguage(page, "ar");
  await expectNoAxeViolations(page, "/settings for a member, in Arabic");
  await context.close();
});
