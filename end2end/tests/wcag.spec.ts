import { Page } from "@playwright/test";
import { ADMIN, expect, hydrated, signIn, test } from "../fixtures";

// The WCAG 2.2 AA criteria axe does not check, measured on the pages (WCAG.md maps each
// criterion to its check).

/** Every visible pointer target smaller than 24 by 24 CSS pixels (2.5.8), but links in a
 * sentence (the criterion's inline exception). A checkbox or radio's target is its label. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary, textarea");
    for (const element of Array.from(targets)) {
      const target = element.matches("input[type=checkbox], input[type=radio]") ? element.closest("label") ?? element : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (target.closest("dialog:not([open])")) continue;
      const inSentence =
        element.matches("a") && getComputedStyle(element).display === "inline" &&
        (element.parentElement?.textContent ?? "").trim() !== (element.textContent ?? "").trim();
      if (inSentence) continue;
      if (box.width < 24 || box.height < 24) {
        small.push(`${target.tagName.toLowerCase()} "${(target.textContent ?? "").trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

test("every pointer target is at least 24 by 24 pixels (2.5.8)", async ({ page, portico, javaScript }) => {
  for (const path of ["/sign-in", "/sign-in/password"]) {
    await page.goto(`${portico.url}${path}`);
    expect(await smallTargets(page), path).toEqual([]);
  }
  await signIn(page, portico, javaScript, ADMIN);
  await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
  expect(await smallTargets(page), "/settings with every panel open").toEqual([]);
});

test("pages reflow at 320 pixels without scrolling sideways (1.4.10)", async ({ page, portico, javaScript }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/sign-in", "/sign-in/password"]) {
    await page.goto(`${portico.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
  }
  await signIn(page, portico, javaScript, ADMIN);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "/settings").toBeLessThanOrEqual(0);
});

test("passwords and codes can be pasted (3.3.8)", async ({ page, portico }) => {
  await page.goto(`${portico.url}/sign-in/password`);
  const pasted = await page.locator('input[type="password"]').evaluate((input) => {
    const paste = new ClipboardEvent("paste", { cancelable: true, bubbles: true });
    input.dispatchEvent(paste);
    return !paste.defaultPrevented && input.getAttribute("autocomplete") === "current-password";
  });
  expect(pasted).toBe(true);
});

test("the settings page does not shift while its status and fonts arrive (CLS 0) @needs-javascript", async ({ page, portico, javaScript }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
});
