use crate::components::pending_until_page_shown_again;
use leptos::prelude::*;

/// A form that posts as a plain HTML form, with or without JavaScript (the server
/// answers with a redirect), and with JavaScript shows its working state: the button
/// says `busy` and is disabled from the first submit, so a double click sends once.
/// `fields` are hidden inputs; `children` are the visible ones (`""` for none: an
/// island's children cannot be optional). An island: the browser
/// bundle holds no server-function client or codec for it.
#[island]
pub fn BusyForm(
    action: String,
    fields: Vec<(String, String)>,
    label: String,
    busy: String,
    class: String,
    children: Children,
) -> impl IntoView {
    let pending = pending_until_page_shown_again();
    let hidden = fields
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    view! {
        <form method="post" action=action class="busy-form" on:submit=move |_| pending.set(true)>
            {hidden}
            {children()}
            <button class=class type="submit" disabled=move || pending.get()>
                {move || if pending.get() { busy.clone() } else { label.clone() }}
            </button>
        </form>
    }
}

/// Copies `text` (the `what`, in a sentence: "record value") to the clipboard. Only shown
/// once the page runs JavaScript (the text it copies is on the page for selecting either
/// way); says "Copied" or why not.
#[component]
pub fn CopyButton(text: String, what: String) -> impl IntoView {
    view! {
        <CopyControl
            text
            copy_word=crate::t!("copy")
            copied=crate::t!("copy-copied")
            hidden=crate::t!("copy-what", what = what.clone())
            done=crate::t!("copy-done", what = what.clone())
            failed=crate::t!("copy-failed", what = what)
        />
    }
}

/// The button itself, with its words from the server's render (islands carry no
/// language): `hidden` follows the button's word for screen readers ("the record value").
#[island]
fn CopyControl(
    text: String,
    copy_word: String,
    copied: String,
    hidden: String,
    done: String,
    failed: String,
) -> impl IntoView {
    let ready = RwSignal::new(false);
    let outcome = RwSignal::new(None::<bool>);
    Effect::new(move |_| ready.set(true));
    let copy = move |_| {
        #[cfg(not(feature = "hydrate"))]
        let _ = &text;
        #[cfg(feature = "hydrate")]
        {
            let text = text.clone();
            leptos::task::spawn_local(async move {
                let clipboard = web_sys::window()
                    .expect("browser window")
                    .navigator()
                    .clipboard();
                // Browsers offer no clipboard to pages not served over HTTPS (or localhost).
                let copied = !clipboard.is_undefined()
                    && wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                        .await
                        .is_ok();
                outcome.set(Some(copied));
            });
        }
    };
    let said = move || match outcome.get() {
        None => String::new(),
        Some(true) => done.clone(),
        Some(false) => failed.clone(),
    };
    view! {
        <span class="copy" hidden=move || !ready.get()>
            <button type="button" class="ghost" on:click=copy>
                {move || if outcome.get() == Some(true) { copied.clone() } else { copy_word.clone() }}
                <span class="visually-hidden">" " {hidden}</span>
            </button>
            <span class="copy-outcome" role="status">{said}</span>
        </span>
    }
}

/// A field's error, beside the field: the input is marked invalid, names the sentence
/// as its description, and takes the focus when the page comes back with it (the form
/// posted without a script, so `autofocus` is what moves it).
pub struct FieldError {
    id: String,
    message: Option<String>,
}

impl FieldError {
    /// For the input whose `id` is `input`.
    pub fn new(input: &str, message: Option<String>) -> FieldError {
        FieldError {
            id: format!("{input}-error"),
            message,
        }
    }

    /// `aria-invalid`.
    pub fn invalid(&self) -> Option<&'static str> {
        self.message.as_ref().map(|_| "true")
    }

    /// `aria-describedby`.
    pub fn described_by(&self) -> Option<String> {
        self.message.as_ref().map(|_| self.id.clone())
    }

    /// `autofocus`.
    pub fn focus(&self) -> bool {
        self.message.is_some()
    }

    /// The sentence, to place right after the field.
    pub fn view(&self) -> Option<AnyView> {
        self.message.clone().map(|message| {
            view! { <p class="field-error" id=self.id.clone()>{message}</p> }.into_any()
        })
    }
}
