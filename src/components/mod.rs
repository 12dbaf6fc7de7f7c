mod activity;
pub mod ask_first;
mod banner;
#[cfg(feature = "hydrate")]
mod confirm;
mod domains;
mod forms;
mod intent_card;
mod it_admins;
mod language;
#[cfg(feature = "hydrate")]
mod live_health;
#[cfg(feature = "hydrate")]
mod live_page;
mod live_updates;
mod page_nav;
mod picker;
mod sso;
mod sso_health;

pub use activity::{activity_table, ActivityLog};
pub use banner::SuccessBanner;
pub use domains::DomainList;
pub use forms::{BusyForm, CopyButton, FieldError};
pub use intent_card::IntentCard;
pub use it_admins::{InvitedLine, ItAdminPanel};
pub use language::LanguagePicker;
pub use live_updates::LiveUpdates;
pub use page_nav::PageNav;
pub use picker::{ProviderIcon, ProviderPicker};
pub use sso::SsoTools;
pub use sso_health::SsoHealthPanel;

use leptos::prelude::*;

/// A form's "working…" state, set on submit and cleared when the page is shown again:
/// a page the browser restores from its back-forward cache after the form navigated away
/// would otherwise keep its button disabled.
pub fn pending_until_page_shown_again() -> RwSignal<bool> {
    let pending = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let handle = window_event_listener_untyped("pageshow", move |_| pending.set(false));
        on_cleanup(move || handle.remove());
    }
    pending
}
