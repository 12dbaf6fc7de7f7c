// An example host product: a page of its own (no sign-in: it plays one signed-in user)
// that embeds Portico's settings page. Its server mints the embed token with a standard
// JWT library; the browser never sees the secret.
//
//   PORTICO_URL=http://127.0.0.1:3000 PORTICO_EMBED_SECRET=... HOST_ORGANIZATION=org_... node server.mjs
//
// Optional: HOST_NAME (the token's `iss`, default "example-host"), PORT (default 4000,
// 0 for any free port), HOST_ORGANIZATION_NAME (default "Acme").
//
// It also receives Portico's webhooks at /webhooks/portico, checks each signature and
// lists what arrived at /webhooks. With PORTICO_API_KEY (a key with webhooks:write) it
// registers itself at start and keeps the secret Portico answers with; or give the
// secret of an endpoint registered in the console as PORTICO_WEBHOOK_SECRET.
import { createServer } from "node:http";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import jwt from "jsonwebtoken";

const portico = new URL(required("PORTICO_URL"));
const secret = required("PORTICO_EMBED_SECRET");
const organization = required("HOST_ORGANIZATION");
const organizationName = process.env.HOST_ORGANIZATION_NAME || "Acme";
const hostName = process.env.HOST_NAME || "example-host";
const port = Number(process.env.PORT ?? 4000);

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`error: ${name} is not set`);
    process.exit(1);
  }
  return value;
}

// The people this host pretends are signed in, chosen with ?as=.
const PEOPLE = {
  admin: { sub: "host-user-1", email: "ada@acme.example", name: "Ada Lovelace", role: "admin" },
  member: { sub: "host-user-2", email: "max@acme.example", name: "Max Member", role: "member" },
};

/** A token for `person`; `options` bend it for trying Portico's refusals. */
function token(person, options = {}) {
  const now = Math.floor(Date.now() / 1000) + (options.shift ?? 0);
  const claims = {
    iss: hostName,
    aud: "portico",
    sub: person.sub,
    email: person.email,
    name: person.name,
    org: organization,
    org_name: organizationName,
    role: person.role,
    iat: now,
    exp: now + (options.lifetime ?? 120),
    jti: randomUUID(),
  };
  if (options.features) claims.features = options.features;
  if (options.appearance) claims.appearance = options.appearance;
  return jwt.sign(claims, secret, { algorithm: "HS256" });
}

function optionsFrom(query) {
  return {
    features: query.get("features") ? query.get("features").split(",") : undefined,
    lifetime: query.has("lifetime") ? Number(query.get("lifetime")) : undefined,
    shift: query.has("shift") ? Number(query.get("shift")) : undefined,
    // ?theme=warm: the host's look, signed in the token.
    appearance:
      query.get("theme") === "warm"
        ? { accent: "#9a3412", radius: 4, scheme: "light", heading: false, background: false }
        : undefined,
  };
}

/** ?frame_width=320: the frame in a narrow column, as a sidebar would hold it. */
function frameWidth(query) {
  const width = Number(query.get("frame_width"));
  return Number.isInteger(width) && width >= 200 && width <= 2000 ? ` style="width:${width}px"` : "";
}

/** What the page passes to portico-embed.js's `appearance` (?accent=, ?font=, …). */
function scriptAppearance(query) {
  const appearance = {};
  for (const setting of ["accent", "radius", "font", "scheme", "heading", "background"]) {
    if (query.has(setting)) appearance[setting] = query.get(setting);
  }
  return appearance;
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function page(person, query) {
  const embedUrl = new URL("/embed", portico);
  embedUrl.searchParams.set("token", token(person, optionsFrom(query)));
  const plan = query.get("features") ? `Plan: ${query.get("features")}` : "Plan: Enterprise (everything)";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Workspace settings · Example host</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #f3f1ec; color: #23201a; }
  header { background: #23201a; color: #f3f1ec; padding: 12px 20px; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; }
  header strong { font-size: 1.1rem; }
  header nav a { color: #f3f1ec; margin-right: 12px; }
  main { max-width: 1200px; margin: 0 auto; padding: 16px; display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
  @media (min-width: 1000px) { main { grid-template-columns: minmax(0, 1fr) 300px; } }
  section { background: #fff; border-radius: 10px; padding: 12px; }
  h1 { font-size: 1.3rem; margin: 4px 0 12px; }
  #events { font-family: ui-monospace, monospace; font-size: 0.8rem; padding-left: 20px; overflow-wrap: anywhere; }
  button { font: inherit; padding: 8px 12px; border-radius: 8px; border: 1px solid #23201a; background: #fff; cursor: pointer; }
</style>
</head>
<body>
<header>
  <strong>Example host</strong>
  <span>Signed in as ${escape(person.name)} (${escape(person.role)}) · ${escape(plan)}</span>
  <nav><a href="/?as=admin">Admin</a><a href="/?as=member">Member</a><a href="/?as=admin&amp;features=sso,domain_verification,audit_logs">Plan without directory sync</a><a href="/?as=admin&amp;theme=warm&amp;font=Georgia,serif">Themed</a></nav>
</header>
<main>
  <section>
    <h1>Enterprise settings</h1>
    <div id="portico"${frameWidth(query)}></div>
  </section>
  <section aria-labelledby="events-heading">
    <h2 id="events-heading">Events from Portico</h2>
    <button id="refresh" type="button">Refresh status</button>
    <ol id="events"></ol>
  </section>
</main>
<script src="${escape(new URL("/portico-embed.js", portico))}"></script>
<script>
  const embed = PorticoEmbed.mount(document.getElementById("portico"), {
    url: ${JSON.stringify(embedUrl.href)},
    appearance: ${JSON.stringify(scriptAppearance(query)).replace(/</g, "\\u003c")},
  });
  const events = document.getElementById("events");
  for (const type of ["portico:ready", "portico:resize", "portico:configured", "portico:status", "portico:error"]) {
    embed.element.addEventListener(type, (event) => {
      const item = document.createElement("li");
      item.dataset.type = type;
      item.textContent = type + " " + JSON.stringify(event.detail);
      events.append(item);
    });
  }
  document.getElementById("refresh").addEventListener("click", () => embed.refresh());
</script>
</body>
</html>`;
}

// Portico's webhooks: the secret that signs them, and what arrived (newest first).
let webhookSecret = process.env.PORTICO_WEBHOOK_SECRET || "";
const received = [];
const TOLERANCE_MS = 5 * 60 * 1000;

/** Checks `Portico-Signature: t=<ms>, v1=<hex>`: HMAC-SHA256 of `t.body` under the
 * endpoint's secret, sent within five minutes. Returns why not, or null when it is right. */
function signatureProblem(header, body) {
  const parts = Object.fromEntries(String(header || "").split(",").map((p) => p.trim().split("=", 2)));
  const sentAt = Number(parts.t);
  if (!parts.t || !parts.v1 || !Number.isFinite(sentAt)) return "no Portico-Signature";
  if (Math.abs(Date.now() - sentAt) > TOLERANCE_MS) return "signed too long ago";
  const expected = createHmac("sha256", webhookSecret).update(`${parts.t}.`).update(body).digest();
  const given = Buffer.from(parts.v1, "hex");
  if (!webhookSecret || given.length !== expected.length || !timingSafeEqual(given, expected)) return "the signature does not match";
  return null;
}

function receive(request, response) {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    const problem = signatureProblem(request.headers["portico-signature"], body);
    if (problem) return response.writeHead(401, { "Content-Type": "text/plain" }).end(problem);
    const event = JSON.parse(body.toString("utf8"));
    // Retries carry the same id: keep each event once.
    if (!received.some((seen) => seen.id === event.id)) received.unshift(event);
    response.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
  });
}

function webhooksPage() {
  const items = received
    .map((e) => `<li><code>${escape(e.event)}</code> ${escape(e.data?.organization?.name ?? "")}: ${escape(e.data?.area ?? "")} ${escape(e.data?.from ?? "")} → ${escape(e.data?.to ?? e.data?.via ?? "")} <small>(${escape(e.id)}, signature verified)</small></li>`)
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Webhooks · Example host</title></head>
<body><h1>Webhooks from Portico</h1><ol id="webhooks">${items || "<li>Nothing yet.</li>"}</ol></body></html>`;
}

/** With PORTICO_API_KEY: registers this host's receiver and keeps its secret. */
async function registerWebhooks(base) {
  const answer = await fetch(new URL("/api/v1/webhook_endpoints", portico), {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.PORTICO_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ url: `${base}webhooks/portico` }),
  });
  const endpoint = await answer.json();
  if (answer.status !== 201) throw new Error(`Portico refused the endpoint: ${endpoint.message}`);
  webhookSecret = endpoint.secret;
  console.log(`Registered for Portico's webhooks at ${base.replace(/\/$/, "")}`);
}

const server = createServer((request, response) => {
  const url = new URL(request.url, "http://host.invalid");
  if (url.pathname === "/webhooks/portico" && request.method === "POST") return receive(request, response);
  if (url.pathname === "/webhooks") {
    return response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(webhooksPage());
  }
  const person = PEOPLE[url.searchParams.get("as") || "admin"];
  if (!person) {
    response.writeHead(400, { "Content-Type": "text/plain" }).end("?as= must be admin or member");
  } else if (url.pathname === "/") {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page(person, url.searchParams));
  } else if (url.pathname === "/token") {
    // For trying Portico's refusals: a raw token (expired, long-lived, for a plan...).
    response.writeHead(200, { "Content-Type": "text/plain" }).end(token(person, optionsFrom(url.searchParams)));
  } else {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
});

server.listen(port, "localhost", () => {
  const base = `http://localhost:${server.address().port}/`;
  console.log(`Example host listening on ${base} (embedding ${portico.origin})`);
  if (process.env.PORTICO_API_KEY) {
    registerWebhooks(base).catch((error) => {
      console.error(`error: ${error.message}`);
      process.exit(1);
    });
  }
});
