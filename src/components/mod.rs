mod banner;
mod intent_card;

pub use banner::SuccessBanner;
pub use intent_card::IntentCard;
