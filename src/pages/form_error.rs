/// The error a failed plain form brought back in the page's address, only if this server
/// signed it for `card` (see `server::http::form_errors`): a crafted link shows nothing.
/// Pages render on the server; in the browser bundle this is never called.
pub fn signed_error(
    message: Option<String>,
    card: Option<&str>,
    signature: Option<String>,
) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        crate::server::http::form_errors::shown_error(message, card, signature)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (message, card, signature);
        None
    }
}
