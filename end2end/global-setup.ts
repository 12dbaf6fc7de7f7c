import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DEMO_PASSWORD = "e2e-demo-password";
export const EMULATOR_KEY = "sk_test_end_to_end_emulator_key";

const root = resolve(__dirname, "..");

/** Starts a Portico command and resolves with the first match of `ready` in its output. */
function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<[ChildProcess, string]> {
  const child = spawn(join(root, "target/release/portico"), args, {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`portico ${args[0]} did not start:\n${out}`)), 30_000);
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        done([child, match[1]]);
      }
    });
    child.on("exit", (code) => fail(new Error(`portico ${args[0]} exited with ${code}:\n${out}`)));
  });
}

// Runs `portico emulator` with a known key (so tests can inject faults) and the release
// build of Portico talking to it as it would to WorkOS, on free ports, with its own data.
export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), "portico-e2e-"));
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("PORTICO_") || name.startsWith("WORKOS_")) delete env[name];

  const [emulator, emulatorUrl] = await start(
    ["emulator", "--addr", "127.0.0.1:0", "--rate-limit", "off"],
    { ...env, PORTICO_EMULATOR_API_KEY: EMULATOR_KEY },
    /listening on (http:\/\/\S+?)\/?\s/,
  );
  const [server, url] = await start(
    ["serve"],
    {
      ...env,
      PORTICO_ADDR: "127.0.0.1:0",
      PORTICO_DATA_DIR: dataDir,
      PORTICO_DEMO_PASSWORD: DEMO_PASSWORD,
      WORKOS_API_KEY: EMULATOR_KEY,
      WORKOS_API_BASE_URL: emulatorUrl,
    },
    /open (http:\/\/\S+?)\/settings/,
  );
  process.env.PORTICO_BASE_URL = url;
  process.env.PORTICO_EMULATOR_URL = emulatorUrl;
  return async () => {
    server.kill("SIGINT");
    emulator.kill("SIGINT");
    rmSync(dataDir, { recursive: true, force: true });
  };
}
