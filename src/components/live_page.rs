//! The browser's side of a live settings page (hydrate only): it follows
//! `GET /api/status_stream` and puts the words of each changed card, banner and domain
//! row where the server's render put them. The server words everything
//! (`model::LiveStatus`); this reads the message with the browser's own `JSON.parse`, so
//! the bundle carries no JSON decoder.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{Document, Element, EventSource, MessageEvent};

const STREAM: &str = "/api/status_stream";
/// The same message, once: what a page past the bound on live pages re-reads.
const ONCE: &str = "/api/live_status";
/// How often a page refused a stream re-reads its status instead.
const REREAD_MS: i32 = 30_000;
/// How long a changed card is marked, for the eye.
const MARKED_MS: i32 = 4_000;

/// Follows the stream; on a refusal (too many pages open, or a session that ended), falls
/// back to re-reading the status every `REREAD_MS` while the page is in view.
pub fn follow(read_at_ms: u64) {
    let Ok(source) = EventSource::new(&format!("{STREAM}?since={read_at_ms}")) else {
        leptos::task::spawn_local(reread());
        return;
    };
    let on_status = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(data) = event.data().as_string() {
            announce(apply(&data));
        }
    });
    let _ = source.add_event_listener_with_callback("status", on_status.as_ref().unchecked_ref());
    on_status.forget();
    let watched = source.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        // A dropped connection is reopened by the browser (with `Last-Event-ID`); an
        // answer that is no stream (503 past the bound, 401) closes it for good.
        if watched.ready_state() == EventSource::CLOSED {
            leptos::task::spawn_local(reread());
        }
    });
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}

async fn reread() {
    loop {
        let _ = sleep(REREAD_MS).await;
        let Some(window) = web_sys::window() else {
            return;
        };
        if window.document().is_some_and(|d| d.hidden()) {
            continue;
        }
        let Ok(answer) = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(ONCE)).await
        else {
            continue; // offline for now
        };
        let Ok(response) = answer.dyn_into::<web_sys::Response>() else {
            return;
        };
        match response.status() {
            200 => {
                let Ok(body) = response.text() else { continue };
                if let Ok(text) = wasm_bindgen_futures::JsFuture::from(body).await {
                    announce(apply(&text.as_string().unwrap_or_default()));
                }
            }
            // Signed out or no longer allowed: the next action says so.
            401 | 403 | 404 => return,
            _ => {}
        }
    }
}

fn sleep(ms: i32) -> wasm_bindgen_futures::JsFuture {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise)
}

/// Says what changed in the page's live region (the island's only element).
fn announce(changes: Vec<String>) {
    if changes.is_empty() {
        return;
    }
    let mut words = String::new();
    for change in changes {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(&change);
    }
    let region = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("live-status"));
    if let Some(region) = region {
        region.set_text_content(Some(&words));
    }
}

/// Puts one `LiveStatus` message in place; returns what changed, in words.
fn apply(json: &str) -> Vec<String> {
    let (Ok(live), Some(document)) = (
        JSON::parse(json),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return Vec::new();
    };
    let mut said: Vec<String> = list(&live, "cards")
        .iter()
        .filter_map(|card| patch_card(&document, &card))
        .collect();
    said.extend(patch_domains(&document, &list(&live, "domains")));
    let health = field(&field(&live, "overview"), "sso_health");
    said.extend(super::live_health::patch(&document, &health));
    if field(&field(&live, "overview"), "status_error").is_null() {
        if let Ok(Some(stale)) = document.query_selector("[data-live=status-error]") {
            stale.remove();
        }
    }
    said
}

pub(super) fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub(super) fn text(object: &JsValue, key: &str) -> String {
    field(object, key).as_string().unwrap_or_default()
}

pub(super) fn list(object: &JsValue, key: &str) -> Array {
    field(object, key).dyn_into::<Array>().unwrap_or_default()
}

pub(super) fn each(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// One card: its state, badge, line, icon and portal button; the success banner if it is
/// this area's; then the host page is told (`portico-frame.js` passes it on).
fn patch_card(document: &Document, card: &JsValue) -> Option<String> {
    let intent = text(card, "intent");
    let element = document
        .query_selector(&format!("section.card[data-intent=\"{intent}\"]"))
        .ok()??;
    let line = element.query_selector(".summary > span").ok()??;
    let (setup, summary) = (text(card, "setup"), text(card, "summary"));
    // The page's one primary action follows its next step, so every card's button is
    // set, changed or not.
    let portal_buttons = "form[action=\"/api/portal_link\"] > button[type=submit], \
                          form.portal-form > button[type=submit]";
    for button in each(&element, portal_buttons) {
        button.set_class_name(&text(card, "button_class"));
        set_first_text(&button, &text(card, "action"));
    }
    let words = text(card, "badge");
    let shown_badge = element.query_selector("header > .badge").ok().flatten();
    let unchanged = element.get_attribute("data-setup").as_deref() == Some(setup.as_str())
        && line.text_content().as_deref() == Some(summary.as_str())
        && shown_badge
            .and_then(|b| b.text_content())
            .unwrap_or_default()
            == words;
    if unchanged {
        return None;
    }
    let _ = element.set_attribute("data-setup", &setup);
    line.set_text_content(Some(&summary));
    // The card's badge, and the same in the page's navigation.
    let badges = format!(
        "section.card[data-intent=\"{intent}\"] header > .badge, \
         [data-nav-intent=\"{intent}\"] > .badge"
    );
    for badge in each(&document.document_element()?, &badges) {
        badge.set_class_name(&text(card, "badge_class"));
        badge.set_text_content(Some(&words));
        let _ = badge.toggle_attribute_with_force("hidden", words.is_empty());
    }
    patch_icon(document, &element, card);
    let banner = format!("[data-testid=success-banner][data-banner-for=\"{intent}\"]");
    if let Ok(Some(banner)) = document.query_selector(&banner) {
        banner.set_class_name(&text(card, "banner_class"));
        if let Ok(Some(headline)) = banner.query_selector("strong") {
            headline.set_text_content(Some(&text(card, "banner_headline")));
        }
        if let Ok(Some(detail)) = banner.query_selector("div > span") {
            detail.set_text_content(Some(&summary));
        }
    }
    mark(&element);
    tell_host(&intent, &setup, &summary);
    Some(text(card, "announcement"))
}

/// The provider's icon beside the line, as the server renders it (`ProviderIcon`); the
/// admins' pick gives way once WorkOS reports a provider.
fn patch_icon(document: &Document, card_element: &Element, card: &JsValue) {
    let Ok(Some(summary)) = card_element.query_selector(".summary") else {
        return;
    };
    let (light, dark) = (text(card, "icon_light"), text(card, "icon_dark"));
    let shown = summary.query_selector("picture").ok().flatten();
    if light.is_empty() {
        if let Some(shown) = shown {
            shown.remove();
        }
        return;
    }
    if let Ok(Some(chosen)) = card_element.query_selector(".chosen") {
        let _ = chosen.set_attribute("hidden", "");
    }
    let picture = match shown {
        Some(picture) => picture,
        None => {
            let Some(picture) = new_icon(document) else {
                return;
            };
            let _ = summary.prepend_with_node_1(&picture);
            picture
        }
    };
    if let Ok(Some(source)) = picture.query_selector("source") {
        let _ = source.set_attribute("srcset", &dark);
    }
    if let Ok(Some(img)) = picture.query_selector("img") {
        let _ = img.set_attribute("src", &light);
    }
}

fn new_icon(document: &Document) -> Option<Element> {
    let picture = document.create_element("picture").ok()?;
    picture.set_class_name("provider-icon");
    let source = document.create_element("source").ok()?;
    source
        .set_attribute("media", "(prefers-color-scheme: dark)")
        .ok()?;
    let img = document.create_element("img").ok()?;
    for (name, value) in [("alt", ""), ("width", "24"), ("height", "24")] {
        img.set_attribute(name, value).ok()?;
    }
    picture.append_with_node_2(&source, &img).ok()?;
    Some(picture)
}

/// A button's label is its first text (a visually hidden note may follow it); the node
/// is kept, so the button's own island still owns it.
fn set_first_text(button: &Element, words: &str) {
    let nodes = button.child_nodes();
    let first_text = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .find(|node| node.node_type() == web_sys::Node::TEXT_NODE);
    match first_text {
        Some(node) => node.set_node_value(Some(words)),
        None => button.set_text_content(Some(words)),
    }
}

/// The domain rows: each badge, and what only an unverified domain needs goes once it is
/// verified. A domain added or removed elsewhere is not drawn here: the card says to reload.
fn patch_domains(document: &Document, domains: &Array) -> Vec<String> {
    let Ok(Some(rows)) = document.query_selector("ul.domains") else {
        return Vec::new();
    };
    let mut said = Vec::new();
    let mut same = each(&rows, "li.domain").len() == domains.length() as usize;
    for domain in domains.iter() {
        let name = text(&domain, "domain");
        let Ok(Some(row)) = rows.query_selector(&format!("li.domain[data-domain=\"{name}\"]"))
        else {
            same = false;
            continue;
        };
        let Ok(Some(badge)) = row.query_selector(".domain-head .badge") else {
            continue;
        };
        let words = text(&domain, "badge");
        if badge.text_content().as_deref() == Some(words.as_str()) {
            continue;
        }
        badge.set_class_name(&text(&domain, "badge_class"));
        badge.set_text_content(Some(&words));
        if text(&domain, "state") == "verified" {
            for gone in each(&row, "[data-until-verified]") {
                let _ = gone.set_attribute("hidden", "");
            }
        }
        mark(&row);
        said.push(format!("{name}: {words}."));
    }
    // The server's render has the notice, hidden, in the page's language.
    if !same {
        if let Ok(Some(notice)) = document.query_selector("[data-live=domains-changed][hidden]") {
            let _ = notice.remove_attribute("hidden");
            said.push(notice.text_content().unwrap_or_default());
        }
    }
    said
}

/// Marks what changed for a few seconds (the style fades it; not with reduced motion).
pub(super) fn mark(element: &Element) {
    let _ = element.class_list().add_1("changed");
    let marked = element.clone();
    let unmark = Closure::once_into_js(move || {
        let _ = marked.class_list().remove_1("changed");
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            unmark.unchecked_ref(),
            MARKED_MS,
        );
    }
}

/// Inside a host's frame, `portico-frame.js` passes this on as `portico:status`.
fn tell_host(intent: &str, setup: &str, summary: &str) {
    let detail = js_sys::Object::new();
    for (key, value) in [("intent", intent), ("status", setup), ("summary", summary)] {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict("portico:status", &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}
