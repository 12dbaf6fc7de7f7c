// The migrations are compiled in (`sqlx::migrate!`): a changed one rebuilds the server.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
