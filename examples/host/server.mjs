// An example host product: a page of its own (no sign-in: it plays one signed-in user)
// that embeds Portico's settings page. Its server mints the embed token with a standard
// JWT library; the browser never sees the secret.
//
//   PORTICO_URL=http://127.0.0.1:3000 PORTICO_EMBED_SECRET=... HOST_ORGANIZATION=org_... node server.mjs
//
// Optional: HOST_NAME (the token's `iss`, default "example-host"), PORT (default 4000,
// 0 for any free port), HOST_ORGANIZATION_NAME (default "Acme").
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
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
  return jwt.sign(claims, secret, { algorithm: "HS256" });
}

function optionsFrom(query) {
  return {
    features: query.get("features") ? query.get("features").split(",") : undefined,
    lifetime: query.has("lifetime") ? Number(query.get("lifetime")) : undefined,
    shift: query.has("shift") ? Number(query.get("shift")) : undefined,
  };
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
  <nav><a href="/?as=admin">Admin</a><a href="/?as=member">Member</a><a href="/?as=admin&amp;features=sso,domain_verification,audit_logs">Plan without directory sync</a></nav>
</header>
<main>
  <section>
    <h1>Enterprise settings</h1>
    <div id="portico"></div>
  </section>
  <section aria-labelledby="events-heading">
    <h2 id="events-heading">Events from Portico</h2>
    <button id="refresh" type="button">Refresh status</button>
    <ol id="events"></ol>
  </section>
</main>
<script src="${escape(new URL("/portico-embed.js", portico))}"></script>
<script>
  const embed = PorticoEmbed.mount(document.getElementById("portico"), { url: ${JSON.stringify(embedUrl.href)} });
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

const server = createServer((request, response) => {
  const url = new URL(request.url, "http://host.invalid");
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
  console.log(`Example host listening on http://localhost:${server.address().port}/ (embedding ${portico.origin})`);
});
