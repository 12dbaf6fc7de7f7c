import { ADMIN, expect, screenshot, signIn, test } from "../fixtures";

// What a person sees on every page, narrow and wide, light and dark: saved for a human
// to look at (test-results/screenshots/), and checked for the one thing a layout must
// never do, scroll sideways.
test("every page fits from 360 px to 1440 px in both themes", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  for (const path of ["/sign-in", "/settings"]) {
    for (const width of [360, 1440]) {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${portico.url}${path}`);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(sideways, `${path} at ${width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
        await screenshot(page, `${path.slice(1)}-${width}-${colorScheme}`);
      }
    }
  }
});
