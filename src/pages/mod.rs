mod form_error;
mod not_found;
mod settings;
mod sign_in;

pub use not_found::NotFound;
pub use settings::{EmbedSettings, Settings};
pub use sign_in::SignIn;
