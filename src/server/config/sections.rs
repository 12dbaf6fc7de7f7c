//! Every setting, by section, each declared once: its doc comment (what `Leptos.toml`
//! says of it), its type (what it accepts), its default and its environment variable.

use super::{
    declare::section,
    values::{
        Attempts, Bounded, Calls, Checks, ClientId, Days, Dir, EventSource, HostNames, Hours,
        HttpUrl, IpAddresses, Kib, List, ListenAddr, LogFormat, MailSender, MemberRole, Minutes,
        Names, OptionalListenAddr, OptionalUrl, Organizations, Origins, Pages, Reads, Requests,
        Seconds,
    },
};
use std::path::PathBuf;
use url::Url;

/// Where WorkOS's API is when no other address is set.
pub const REAL_WORKOS_API: &str = "https://api.workos.com";
/// Where WorkOS serves the Admin Portal.
pub const WORKOS_PORTAL_HOST: &str = "setup.workos.com";

section! {
    /// Where Portico listens, who it believes, and what one request may take.
    pub struct Http in "http" {
        /// Where the web app listens. Port 0 picks a free port.
        addr: ListenAddr = ListenAddr::loopback(3000), env "ADDR";
        /// The URL people open. Defaults to http://<addr>. Return and success URLs sent
        /// to WorkOS are built from it; use https in production.
        public_url: OptionalUrl = OptionalUrl::default(), env "PUBLIC_URL";
        /// Behind a reverse proxy, its address(es): only then is X-Forwarded-For believed.
        trusted_proxies: List<IpAddresses> = List::default(), env "TRUSTED_PROXIES";
        /// A request taking longer is answered 503.
        request_timeout_seconds: Bounded<1, 600, Seconds> = Bounded::new(30), env "REQUEST_TIMEOUT_SECONDS";
        /// A request body larger is answered 413.
        max_body_kb: Bounded<1, 10_240, Kib> = Bounded::new(64), env "MAX_BODY_KB";
        /// Past this many requests at once, more are answered 503 with Retry-After at once
        /// instead of queueing.
        max_concurrent_requests: Bounded<1, 100_000, Requests> = Bounded::new(1024), env "MAX_CONCURRENT_REQUESTS";
        /// A client must send a request's headers within this long, or its connection is
        /// closed.
        header_read_timeout_seconds: Bounded<1, 300, Seconds> = Bounded::new(10), env "HEADER_READ_TIMEOUT_SECONDS";
        /// On SIGTERM or Ctrl-C Portico stops accepting and gives requests in flight this
        /// long.
        shutdown_grace_seconds: Bounded<1, 300, Seconds> = Bounded::new(20), env "SHUTDOWN_GRACE_SECONDS";
    }
}

section! {
    /// Where Portico keeps its files.
    pub struct Paths in "paths" {
        /// Database, sessions and the embedded emulator's state live here.
        data_dir: Dir = Dir(PathBuf::from("data")), env "DATA_DIR";
        /// The built site (cargo leptos build --release writes it here).
        site_dir: Dir = Dir(PathBuf::from("target/site")), env "SITE_DIR";
    }
}

section! {
    /// How long a sign-in lasts.
    pub struct Session in "session" {
        /// Signed-in sessions end after this much inactivity. Without "Keep me signed in"
        /// the cookie also ends with the browser.
        lifetime_minutes: Bounded<5, 43_200, Minutes> = Bounded::new(480), env "SESSION_LIFETIME_MINUTES";
        /// …and this long after signing in, however active.
        absolute_hours: Bounded<1, 720, Hours> = Bounded::new(12), env "SESSION_ABSOLUTE_HOURS";
    }
}

section! {
    /// What one account and one address may try: then 429 with Retry-After, the same for
    /// unknown accounts. Memory stays bounded under a burst of sign-ins. One instance
    /// (SQLite) counts in memory; instances sharing PostgreSQL count in the database, so
    /// the limits hold across all of them. Password checks at once are per instance.
    pub struct SignIn in "sign_in" {
        /// Sign-in attempts per minute for one account.
        attempts_per_account: Bounded<1, 1_000, Attempts> = Bounded::new(10), env "SIGN_IN_ATTEMPTS_PER_ACCOUNT";
        /// Sign-in attempts per minute from one client address.
        attempts_per_address: Bounded<1, 100_000, Attempts> = Bounded::new(60), env "SIGN_IN_ATTEMPTS_PER_ADDRESS";
        /// Password checks (Argon2, about 19 MiB each) that run at once; others wait
        /// briefly.
        password_checks_at_once: Bounded<1, 64, Checks> = Bounded::new(4), env "PASSWORD_CHECKS_AT_ONCE";
    }
}

section! {
    /// Talking to WorkOS: where, how patiently, and where its links may lead.
    pub struct Workos in "workos" {
        /// The WorkOS API used when WORKOS_API_KEY is set (WORKOS_API_BASE_URL also
        /// overrides it).
        api_base_url: HttpUrl = HttpUrl(Url::parse(REAL_WORKOS_API).expect("constant URL")), env "WORKOS_API_BASE_URL";
        /// The embedded WorkOS emulator, used when WORKOS_API_KEY is not set. Port 0 picks
        /// a free port.
        emulator_addr: ListenAddr = ListenAddr::loopback(0), env "EMULATOR_ADDR";
        /// Connecting to WorkOS may take this long…
        connect_timeout_seconds: Bounded<1, 60, Seconds> = Bounded::new(5), env "WORKOS_CONNECT_TIMEOUT_SECONDS";
        /// …and one attempt, with its answer, this long.
        timeout_seconds: Bounded<1, 120, Seconds> = Bounded::new(10), env "WORKOS_TIMEOUT_SECONDS";
        /// Failed calls (timeouts, unreachable, 500/502/503/504, 429) are tried again, at
        /// most this many attempts in all (1 = never retry)…
        retry_attempts: Bounded<1, 10, Attempts> = Bounded::new(3), env "WORKOS_RETRY_ATTEMPTS";
        /// …and no new attempt starts after this budget.
        retry_budget_seconds: Bounded<1, 300, Seconds> = Bounded::new(20), env "WORKOS_RETRY_BUDGET_SECONDS";
        /// A 429 whose Retry-After asks for more than this is not waited for: the person is
        /// told when to try again.
        retry_after_cap_seconds: Bounded<0, 120, Seconds> = Bounded::new(10), env "WORKOS_RETRY_AFTER_CAP_SECONDS";
        /// Portico's WorkOS calls per minute, below WorkOS's limit of 6,000 per key. Past
        /// it a call is not made and the person is told when to try again. Instances (or
        /// other programs) sharing one key: give each its part of the limit.
        calls_per_minute: Bounded<1, 100_000_000, Calls> = Bounded::new(4_800), env "WORKOS_CALLS_PER_MINUTE";
        /// …of which the calls made for one organization (its people's pages and
        /// actions) may use this many, so no organization can spend what all share.
        calls_per_minute_per_organization: Bounded<1, 100_000_000, Calls> = Bounded::new(600), env "WORKOS_CALLS_PER_MINUTE_PER_ORGANIZATION";
        /// Portico sends browsers only to portal links on these hosts (https), or on the
        /// WorkOS API's own origin (the emulator); any other link is refused (502). Add
        /// your Admin Portal's custom domain here if you set one up at WorkOS.
        portal_hosts: List<HostNames> = List(vec![WORKOS_PORTAL_HOST.to_owned()]), env "PORTAL_HOSTS";
        /// Provider icons are fetched from WorkOS's icon CDN, kept a day and served from
        /// Portico's own origin. Empty: the embedded emulator's icons when it runs, else
        /// https://cdn.workos.com.
        provider_icons_url: OptionalUrl = OptionalUrl::default(), env "PROVIDER_ICONS_URL";
        /// With WORKOS_API_KEY set, no demo organization or user is created unless this is
        /// true: they would be real organizations in your WorkOS account. With the
        /// embedded emulator they always are, and an https public_url without
        /// WORKOS_API_KEY refuses to start unless this is true.
        demo: bool = false, env "DEMO";
        /// How Portico hears of changes at WorkOS: "webhook" (deliveries to
        /// {public_url}/webhooks/workos, signed with WORKOS_WEBHOOK_SECRET), "poll" (the
        /// Events API, for installs WorkOS cannot reach), or "both". One instance at a
        /// time polls, whichever holds the lease in the database…
        events: EventSource = EventSource::Webhook, env "WORKOS_EVENTS";
        /// …every this many seconds (waiting longer after errors).
        events_poll_seconds: Bounded<1, 3600, Seconds> = Bounded::new(30), env "WORKOS_EVENTS_POLL_SECONDS";
        /// Your WorkOS client id (WORKOS_CLIENT_ID also sets it), which SSO sign-in
        /// (testing a connection, signing in to Portico) needs. The embedded emulator
        /// provides its own. Add {public_url}/sso/callback to the redirect URIs on
        /// WorkOS's dashboard.
        client_id: ClientId = ClientId::default(), env "WORKOS_CLIENT_ID";
    }
}

section! {
    /// Signing in to Portico through an organization's SSO connection.
    pub struct Sso in "sso" {
        /// The role of someone whose first sign-in through SSO makes their account.
        new_member_role: MemberRole = MemberRole(crate::model::Role::Member), env "SSO_NEW_MEMBER_ROLE";
        /// Members of these identity-provider groups become admins when they sign in
        /// through SSO (exact names, comma-separated). Empty: a group never makes anyone
        /// an admin.
        admin_groups: List<Names> = List::default(), env "SSO_ADMIN_GROUPS";
    }
}

section! {
    /// The live status the settings page shows.
    pub struct Status in "status" {
        /// Status read from WorkOS is shown for at most this long (one read at a time per
        /// organization; a return from the Admin Portal reads anew). Each instance keeps its
        /// own; on PostgreSQL a change made through any instance clears it on all…
        cache_seconds: Bounded<1, 3600, Seconds> = Bounded::new(30), env "STATUS_CACHE_SECONDS";
        /// …for at most this many organizations in memory.
        cache_entries: Bounded<10, 1_000_000, Organizations> = Bounded::new(10_000), env "STATUS_CACHE_ENTRIES";
        /// Reading the status afresh (back from the portal, or asked) is for admins, at
        /// most this many times a minute each; reads asked while one is in flight share
        /// it. Past it the page shows the status as last read…
        fresh_reads_per_user: Bounded<1, 1_000, Reads> = Bounded::new(10), env "STATUS_FRESH_READS_PER_USER";
        /// …and at most this many times a minute per organization.
        fresh_reads_per_organization: Bounded<1, 10_000, Reads> = Bounded::new(30), env "STATUS_FRESH_READS_PER_ORGANIZATION";
        /// Where WorkOS's events arrive (webhooks or polling), views read the status
        /// mirror they keep current instead of WorkOS, and each organization's status is
        /// read in full again after this many hours, to repair what events missed.
        mirror_full_read_hours: Bounded<1, 720, Hours> = Bounded::new(24), env "STATUS_MIRROR_FULL_READ_HOURS";
        /// Settings pages kept up to date live (GET /api/status_stream) per organization
        /// on each instance; past it a page is told to reload to see changes…
        live_pages_per_organization: Bounded<1, 10_000, Pages> = Bounded::new(50), env "STATUS_LIVE_PAGES_PER_ORGANIZATION";
        /// …and in all, on each instance.
        live_pages: Bounded<1, 1_000_000, Pages> = Bounded::new(5_000), env "STATUS_LIVE_PAGES";
    }
}

section! {
    /// Embedding the settings page in a host product (tokens are signed with
    /// PORTICO_EMBED_SECRET, from the environment only).
    pub struct Embed in "embed" {
        /// Host products (a token's `iss`) whose embed tokens are accepted.
        hosts: List<Names> = List::default(), env "EMBED_HOSTS";
        /// Origins allowed to frame the embedded pages (and to talk to them).
        origins: List<Origins> = List::default(), env "EMBED_ORIGINS";
    }
}

section! {
    /// The audit trail.
    pub struct Audit in "audit" {
        /// Audit rows older than this many days are deleted (at start and daily). Export
        /// them first if your auditors need them longer.
        retention_days: Bounded<1, 36_500, Days> = Bounded::new(365), env "AUDIT_RETENTION_DAYS";
    }
}

section! {
    /// Emails to an organization's admins when something needs their attention (an
    /// expiring certificate, a broken connection or directory, a failed domain check):
    /// at most one per condition and organization a day. They go through the SMTP server
    /// PORTICO_SMTP_URL names (from the environment: it may hold a password); with the
    /// embedded emulator and no URL, to the emulator's mail sink.
    pub struct Notifications in "notifications" {
        /// Who the emails come from.
        mail_from: MailSender = MailSender::parse("Portico <portico@localhost>").expect("valid sender"), env "MAIL_FROM";
    }
}

section! {
    /// The host API (`/api/v1`) the host company's backend calls with an API key, and the
    /// webhooks Portico sends the host.
    pub struct HostApi in "host_api" {
        /// Calls a minute one key may make (counted per instance); more are answered 429
        /// with Retry-After.
        calls_per_minute_per_key: Bounded<1, 1_000_000, Calls> = Bounded::new(600), env "HOST_API_CALLS_PER_MINUTE_PER_KEY";
        /// Let webhook endpoints be on private, loopback or link-local addresses (a host
        /// on the same network; tests). Off: Portico posts only to public addresses.
        webhooks_to_private_addresses: bool = false, env "HOST_API_WEBHOOKS_TO_PRIVATE_ADDRESSES";
    }
}

section! {
    /// Plans: areas an organization's plan leaves out show an upgrade card.
    pub struct Plans in "plans" {
        /// Where an admin can add an area the organization's plan does not include;
        /// empty for none.
        upgrade_url: OptionalUrl = OptionalUrl::default(), env "UPGRADE_URL";
    }
}

section! {
    /// What operators watch: logs and metrics.
    pub struct Operations in "operations" {
        /// Log lines on standard error: "text" for a person, "json" for one JSON object
        /// per line (with the request's id, method and path) for a log pipeline.
        log_format: LogFormat = LogFormat::Text, env "LOG_FORMAT";
        /// `GET /metrics` (Prometheus text) on a listener of its own at this address, for
        /// the scraper only; empty for none. The public listener serves it only to a
        /// request bearing PORTICO_METRICS_TOKEN (from the environment), when that is set.
        /// Each instance reports its own figures.
        metrics_addr: OptionalListenAddr = OptionalListenAddr::default(), env "METRICS_ADDR";
    }
}
