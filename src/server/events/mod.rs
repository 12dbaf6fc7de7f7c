//! What WorkOS tells Portico of changes on its side: signed webhook deliveries
//! (`webhook`), each stored once by its id before it is answered.

mod webhook;

pub use webhook::receive;
