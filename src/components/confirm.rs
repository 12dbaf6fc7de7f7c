//! The browser's side of "asked first" (hydrate only): a link marked `data-confirm`
//! leads to the page asking, which works without JavaScript; with it, the question the
//! server rendered beside the link (a `<dialog>`, named by `data-confirm`) opens as a
//! modal instead, and its Cancel closes it natively.

use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{Element, HtmlDialogElement, MouseEvent};

/// Opens the dialog a clicked `a[data-confirm]` names, for the page's lifetime.
pub fn listen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_click = Closure::<dyn FnMut(MouseEvent)>::new(move |event: MouseEvent| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a[data-confirm]").ok().flatten());
        let dialog = link
            .and_then(|link| link.get_attribute("data-confirm"))
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id))
            .and_then(|d| d.dyn_into::<HtmlDialogElement>().ok());
        if let Some(dialog) = dialog {
            if dialog.show_modal().is_ok() {
                event.prevent_default();
            }
        }
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
