import { Page } from "@playwright/test";
import { ADMIN, expect, hydrated, screenshot, signIn, test } from "../fixtures";

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

test("text spaced as 1.4.12 asks loses nothing: no clipped text, no sideways scroll", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
  // The criterion's spacing, as a reader's own style sheet would set it (through the
  // style sheet's object model: the page's policy refuses an inline style element).
  await page.evaluate(() => {
    const sheet = document.styleSheets[0];
    sheet.insertRule("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }", sheet.cssRules.length);
    sheet.insertRule("p { margin-bottom: 2em !important; }", sheet.cssRules.length);
  });
  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const clipped = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("main *"))
        .filter((el) => {
          const style = getComputedStyle(el);
          const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
          const shown = el.getClientRects().length > 0 && el.clientWidth > 1;
          return hides && shown && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
    );
    expect(clipped, `${width} px`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width} px`).toBeLessThanOrEqual(0);
  }
  await screenshot(page, "text-spacing-360");
});

/** Tabs once round the page: each control the keyboard reaches must draw a ring of at
 * least 2 px (a checkbox's or radio's may be its label's) and be in view, uncovered. */
async function focusProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  let first = "";
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
      const label = el.closest("label, .provider-option");
      const labelRing = label ? getComputedStyle(label).outlineStyle !== "none" : false;
      const box = el.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const inView = box.bottom > 0 && box.top < window.innerHeight;
      const covered = inView && top !== null && !el.contains(top) && !(label?.contains(top) ?? false);
      const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).name || "").trim().slice(0, 30)}"`;
      return { name, ring: ring || labelRing, inView, covered };
    });
    if (!seen) continue;
    if (seen.name === first) break; // round the page once
    if (!first) first = seen.name;
    if (!seen.ring) problems.push(`${seen.name}: no visible focus`);
    if (!seen.inView) problems.push(`${seen.name}: out of view`);
    if (seen.covered) problems.push(`${seen.name}: covered by something else`);
  }
  return problems;
}

test("every control the keyboard reaches shows its focus, in full view, in each state (2.4.7, 2.4.11)", async ({ page, portico, javaScript }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${portico.url}/sign-in/password`);
  expect(await focusProblems(page), "sign-in").toEqual([]);
  await signIn(page, portico, javaScript, ADMIN);
  await hydrated(page, javaScript);
  expect(await focusProblems(page), "settings").toEqual([]);
  // Back from the portal, with its banner.
  await page.locator('[data-intent="sso"]').getByRole("button", { name: "Configure SSO" }).click();
  await page.getByRole("button", { name: "Okta SAML" }).click();
  await expect(page.getByTestId("success-banner")).toBeVisible();
  expect(await focusProblems(page), "settings after the portal").toEqual([]);
  // A question asked: a modal dialog with JavaScript (focus stays in it), in place without.
  await hydrated(page, javaScript);
  await page.getByRole("link", { name: "Remove acme.example" }).click();
  await expect(page.getByRole("button", { name: "Remove acme.example" })).toBeVisible();
  expect(await focusProblems(page), "the question").toEqual([]);
  // Narrow: the navigation as anchors.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${portico.url}/settings`);
  expect(await focusProblems(page), "settings at 360 px").toEqual([]);
});

test("every field's edge stands out from what is behind it, 3:1, in both themes (1.4.11)", async ({ page, portico, javaScript }) => {
  await signIn(page, portico, javaScript, ADMIN);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const faint = await page.evaluate(() => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r, g, b]
          .map((c) => c / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const behind = (el: Element): string => {
        for (let at: Element | null = el.parentElement; at; at = at.parentElement) {
          const colour = getComputedStyle(at).backgroundColor;
          if (rgb(colour)[3] !== 0 && colour !== "transparent") return colour;
        }
        return getComputedStyle(document.documentElement).backgroundColor;
      };
      const fields = document.querySelectorAll("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea");
      return Array.from(fields)
        .filter((field) => field.getClientRects().length > 0)
        .map((field) => {
          const [a, b] = [luminance(rgb(getComputedStyle(field).borderTopColor)), luminance(rgb(behind(field)))];
          return { name: (field as HTMLInputElement).name, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        })
        .filter(({ ratio }) => ratio < 3)
        .map(({ name, ratio }) => `${name}: ${ratio.toFixed(2)}:1`);
    });
    expect(faint, colorScheme).toEqual([]);
  }
});
