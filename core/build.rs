//! Embeds the default data (`data/*.json`) without the whitespace of its pretty-printed,
//! reviewable source: the strings, keys and order are kept byte for byte, only the
//! indentation and line breaks between tokens are dropped. This takes ~60 KB out of every
//! binary that links the core (the WASM package above all).
//!
//! Also writes `procedure_forms.rs`: each embedded procedure's code, id and e-form ids, in
//! catalogue order, so that `motcua::procedure::EmbeddedForms` resolves a procedure's e-form
//! without loading (and linking the readers of) the whole catalogue.

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

/// `(code, id, e-form ids)` of every procedure of the catalogue document, as Rust source.
fn procedure_forms(catalogue: &str) -> String {
    let doc: serde_json::Value =
        serde_json::from_str(catalogue).expect("data/catalogue.json is JSON");
    let procedures = doc["procedures"]
        .as_array()
        .expect("data/catalogue.json has a procedures array");
    let mut out = String::from(
        "/// `(code, id, e-form ids)` of the embedded catalogue's procedures, in its order (build.rs).\n\
         pub(crate) const PROCEDURE_FORMS: &[(Option<&str>, &str, &[&str])] = &[\n",
    );
    for p in procedures {
        let code = p["code"].as_str();
        let id = p["id"].as_str().expect("every procedure has a string id");
        let forms: Vec<&str> = p["forms"]
            .as_array()
            .map(|f| f.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        out.push_str(&format!("    ({code:?}, {id:?}, &{forms:?}),\n"));
    }
    out.push_str("];\n");
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let catalogue = fs::read_to_string("data/catalogue.json").expect("reading data/catalogue.json");
    fs::write(
        Path::new(&out_dir).join("procedure_forms.rs"),
        procedure_forms(&catalogue),
    )
    .expect("writing procedure_forms.rs");
    for name in FILES {
        let src_path = Path::new("data").join(name);
        println!("cargo::rerun-if-changed={}", src_path.display());
        let src = fs::read_to_string(&src_path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", src_path.display()));
        fs::write(Path::new(&out_dir).join(name), minify(&src))
            .unwrap_or_else(|e| panic!("writing the minified {name}: {e}"));
    }
}
