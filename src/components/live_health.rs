//! The browser's side of a live SSO health panel (hydrate only): puts the server's words
//! and bar heights (`model::SsoHealth`) where `sso_health.rs` rendered them.

use super::live_page::{each, field, list, mark, text};
use js_sys::Array;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// What changed, in words; nothing when the page has no panel or nothing changed.
pub(super) fn patch(document: &Document, health: &JsValue) -> Option<String> {
    if health.is_null() || health.is_undefined() {
        return None;
    }
    let panel = document.get_element_by_id("sso-health")?;
    let mut changed = false;
    for (place, key) in [
        ("sso-last", "last_success"),
        ("sso-failures-summary", "failures_summary"),
        ("sso-chart-summary", "chart_summary"),
    ] {
        changed |= set_text(&panel, place, &text(health, key));
    }
    // The directory's and the certificate's lines follow their cards, which say the
    // change themselves: put in place without a word.
    set_text(&panel, "sso-directory", &text(health, "directory"));
    set_text(&panel, "sso-certificate", &text(health, "certificate"));
    changed |= patch_failures(document, &panel, &list(health, "failures"));
    patch_days(&panel, &list(health, "days"));
    if !changed {
        return None;
    }
    mark(&panel);
    // "SSO health: …", with the panel's own heading, in the page's language.
    let heading = document
        .get_element_by_id("sso-health-heading")
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    Some(format!("{heading}: {}", text(health, "failures_summary")))
}

fn set_text(panel: &Element, place: &str, words: &str) -> bool {
    let Ok(Some(element)) = panel.query_selector(&format!("[data-live={place}]")) else {
        return false;
    };
    if element.text_content().as_deref() == Some(words) {
        return false;
    }
    element.set_text_content(Some(words));
    true
}

/// The failures' list, made anew when its lines differ.
fn patch_failures(document: &Document, panel: &Element, failures: &Array) -> bool {
    let Ok(Some(list)) = panel.query_selector("[data-live=sso-failures]") else {
        return false;
    };
    let lines: Vec<String> = failures.iter().map(|f| text(&f, "line")).collect();
    let shown: Vec<String> = each(&list, "li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    if lines == shown {
        return false;
    }
    list.set_text_content(None);
    for line in lines {
        if let Ok(item) = document.create_element("li") {
            item.set_text_content(Some(&line));
            let _ = list.append_child(&item);
        }
    }
    true
}

/// The chart's bars (oldest day first) and the table's rows (newest first).
fn patch_days(panel: &Element, days: &Array) {
    let bars = each(panel, "[data-live=sso-chart] g");
    let rows = each(panel, "[data-live=sso-days] tbody tr");
    let count = days.length() as usize;
    for (i, day) in days.iter().enumerate() {
        let (succeeded, failed) = (
            number(&day, "height_succeeded"),
            number(&day, "height_failed"),
        );
        if let Some(bar) = bars.get(i) {
            let _ = bar.set_attribute("data-day", &text(&day, "day"));
            set_first(bar, "title", &text(&day, "said"));
            let rects = each(bar, "rect");
            if let [ok, failed_bar] = rects.as_slice() {
                let height = crate::model::CHART_HEIGHT;
                let _ = ok.set_attribute("y", &(height - succeeded - failed).to_string());
                let _ = ok.set_attribute("height", &succeeded.to_string());
                let _ = failed_bar.set_attribute("y", &(height - failed).to_string());
                let _ = failed_bar.set_attribute("height", &failed.to_string());
            }
        }
        if let Some(row) = rows.get(count - 1 - i) {
            let cells = each(row, "th, td");
            let words = [
                text(&day, "label"),
                whole(&day, "succeeded"),
                whole(&day, "failed"),
            ];
            for (cell, words) in cells.iter().zip(words) {
                cell.set_text_content(Some(&words));
            }
        }
    }
}

fn set_first(root: &Element, selector: &str, words: &str) {
    if let Ok(Some(element)) = root.query_selector(selector) {
        element.set_text_content(Some(words));
    }
}

fn number(object: &JsValue, key: &str) -> u32 {
    field(object, key).as_f64().unwrap_or_default() as u32
}

fn whole(object: &JsValue, key: &str) -> String {
    (field(object, key).as_f64().unwrap_or_default() as u64).to_string()
}
