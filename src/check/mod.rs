//! Fact-checking: verdicts on claimed values, a claim checker for sentences people write,
//! and the number reader they share.
//!
//! - [`Figure::check`](crate::Figure::check) checks a typed [`Claimed`] value against a figure,
//!   honouring precision and hedges (the rules are below).
//! - [`check_claim`] reads a sentence ([`read_claim`]: its quantities, what each counts,
//!   where, when, which way it moves), matches each quantity to the figure it is about, or to
//!   none, and checks it.
//! - [`check_text`] finds every sentence of a plain-text or Markdown document that states a
//!   quantity and checks each one.
//! - [`read_numbers`] reads numbers the way people write them.
//! - [`consistency_checks`] and [`derived_values`] hold the relations between figures and the
//!   numbers they imply, always marked as derived.
//!
#![doc = include_str!("verdict_rules.md")]

mod claim;
mod number;
mod quantity;
mod reading;
mod relations;
mod text;
mod verdict;

pub use claim::{ClaimCheck, QuantityCheck, check_claim, check_claim_in};
pub use number::{ReadNumber, read_numbers};
pub use reading::{ClaimReading, Quantity, read_claim, read_claim_in};
pub use relations::{Consistency, Derived, consistency_checks, derived_values};
pub use text::{SentenceCheck, check_text, check_text_in, sentence_spans, states_a_quantity};
pub use verdict::{Claimed, Direction, ValueCheck, Verdict, precision_of, rounding_unit};
