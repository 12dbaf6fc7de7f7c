//! The shell of every page the emulator hosts for a person (the Admin Portal, the
//! identity provider): which site it stands in for, its style, a heading and a body.

use axum::{
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use maud::{html, Markup, DOCTYPE};

/// A hosted site: its name (`WorkOS Admin Portal`), the note after it in the banner, and
/// its style sheet.
pub(crate) struct Site {
    pub(crate) name: &'static str,
    pub(crate) note: &'static str,
    pub(crate) style: &'static str,
}

pub(crate) fn page(site: &Site, status: StatusCode, heading: &str, body: Markup) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (heading) " · " (site.name) " (emulated)" }
                style { (maud::PreEscaped(site.style)) }
            }
            body {
                header { (site.name) " " small { (site.note) } }
                main {
                    h1 { (heading) }
                    (body)
                }
            }
        }
    };
    (status, Html(markup.into_string())).into_response()
}
