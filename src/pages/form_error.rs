/// The failed plain form the page's address names, if this session kept it (see
/// `server::http::form_errors`): a link alone brings back nothing.
/// Pages render on the server; in the browser bundle this is never called.
pub fn returned_form() -> Option<crate::model::ReturnedForm> {
    #[cfg(feature = "ssr")]
    {
        crate::server::http::form_errors::returned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
