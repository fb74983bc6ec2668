//! `version()`: the package version, from Cargo.

use wasm_bindgen::prelude::*;

/// The version of the package, e.g. `"0.1.0"`.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
