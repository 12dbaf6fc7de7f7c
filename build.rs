// The migrations and the message files are compiled in (`sqlx::migrate!`,
// `fluent_templates::static_loader!`): a changed one rebuilds the server.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
