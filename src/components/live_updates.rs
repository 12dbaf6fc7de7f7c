use leptos::prelude::*;

/// Keeps the settings page current while it is open: follows the organization's status
/// stream and puts each changed card's new words in place (`live_page.rs`), then says
/// what changed in this live region, politely, for screen readers. Without JavaScript
/// nothing follows; a reload shows the same. An island with no state of its own: the
/// page it changes is server-rendered HTML.
#[island]
pub fn LiveUpdates(
    /// When the page's status was read (Unix ms): the stream sends only what changed since.
    read_at_ms: u64,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        super::live_page::follow(read_at_ms);
        super::confirm::listen();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = read_at_ms;
    view! { <div class="visually-hidden" role="status" id="live-status" data-testid="live-status"></div> }
}
