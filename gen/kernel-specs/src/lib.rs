//! Nothing here: see Cargo.toml.
