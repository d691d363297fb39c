//! The qdisc kinds the core does not decode, one module each: the kind's
//! words as tc's `q_*.c` reads them (the `TCA_OPTIONS` payload nlw sends)
//! and its options as tc prints them; and htb's classes, which the core
//! decodes but does not build as tc does.

pub mod cake;
pub mod codel;
pub mod ets;
pub mod fq;
pub mod htb;
pub mod netem;
pub mod pie;
pub mod prio;
pub mod red;
pub mod sfq;
