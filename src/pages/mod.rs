mod form_error;
mod not_found;
mod settings;
mod settings_areas;
mod sign_in;
mod sso_test;
mod staff;

pub use not_found::NotFound;
pub use settings::{EmbedSettings, Settings};
pub use sign_in::{SignIn, SignInPassword};
pub use sso_test::SsoCallback;
pub use staff::StaffConsole;
