import { defineConfig } from "@playwright/test";

// Chromium comes from the system's packages; Playwright never downloads a browser here.
// Every test starts its own Portico and emulator (fixtures.ts), and every spec runs twice:
// with JavaScript and without. A journey that cannot work without JavaScript says so
// with the tag @needs-javascript and is not run (not skipped) in the second project;
// what only a browser without JavaScript shows is tagged @without-javascript.
export default defineConfig({
  testDir: "./tests",
  // Tests share nothing (each has its own server, emulator and data): two at a time.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  projects: [
    { name: "javascript", use: { javaScriptEnabled: true }, grepInvert: /@without-javascript/ },
    { name: "no-javascript", use: { javaScriptEnabled: false }, grepInvert: /@needs-javascript/ },
  ],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PORTICO_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
