//! Embeds the default data (`data/*.json`) without the whitespace of its pretty-printed,
//! reviewable source: the strings, keys and order are kept byte for byte, only the
//! indentation and line breaks between tokens are dropped. This takes ~60 KB out of every
//! binary that links the core (the WASM package above all).

use std::path::Path;
use std::{env, fs};

const FILES: [&str; 3] = [
    "announcements.json",
    "catalogue.json",
    "catalogue-forms.json",
];

/// Drops JSON whitespace outside string literals (escapes inside strings are kept as is).
fn minify(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in src.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for name in FILES {
        let src_path = Path::new("data").join(name);
        println!("cargo::rerun-if-changed={}", src_path.display());
        let src = fs::read_to_string(&src_path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", src_path.display()));
        fs::write(Path::new(&out_dir).join(name), minify(&src))
            .unwrap_or_else(|e| panic!("writing the minified {name}: {e}"));
    }
}
