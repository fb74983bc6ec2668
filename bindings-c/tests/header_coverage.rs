//! Coverage audit of the C ABI: every function `include/motcua.h` declares must be called
//! from at least one hand-written C test program in this folder (`tests/*.c`). A function
//! added to the library without a C test fails here, naming it.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text without its `/* … */` and `// …` comments (strings are kept; the header and
/// the tests have no comment markers inside string literals that matter here).
fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                match rest[b + 2..].find("*/") {
                    Some(e) => rest = &rest[b + 2 + e + 2..],
                    None => return out,
                }
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                match rest[l..].find('\n') {
                    Some(e) => rest = &rest[l + e..],
                    None => return out,
                }
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every identifier `motcua_…` directly followed (spaces allowed) by `(`, outside comments
/// and preprocessor lines.
fn called_names(src: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in strip_comments(src).lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut i = 0;
        while let Some(pos) = line[i..].find("motcua_") {
            let start = i + pos;
            let before_ok = line[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_ident(c));
            let end = start
                + line[start..]
                    .find(|c: char| !is_ident(c))
                    .unwrap_or(line.len() - start);
            if before_ok && line[end..].trim_start().starts_with('(') {
                names.insert(line[start..end].to_owned());
            }
            i = end;
        }
    }
    names
}

/// The functions the header declares: `motcua_name(` at the start of a declaration, after
/// its return type, outside comments and macros.
fn declared_functions() -> BTreeSet<String> {
    let header = std::fs::read_to_string(manifest_dir().join("include/motcua.h"))
        .expect("read include/motcua.h");
    called_names(&header)
}

#[test]
fn every_header_function_is_called_from_a_c_test() {
    let declared = declared_functions();
    assert!(
        declared.len() >= 60 && declared.contains("motcua_version"),
        "the header parse found {} functions: {declared:?}",
        declared.len()
    );
    let mut called = BTreeSet::new();
    let mut programs = Vec::new();
    for entry in std::fs::read_dir(manifest_dir().join("tests")).expect("read tests/") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "c") {
            let src = std::fs::read_to_string(&path).expect("read a C test");
            called.extend(called_names(&src));
            programs.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    programs.sort();
    let missing: Vec<&String> = declared.difference(&called).collect();
    println!(
        "{} header functions, all called from {} C test programs: {programs:?}",
        declared.len(),
        programs.len()
    );
    assert!(
        missing.is_empty(),
        "functions of motcua.h called by no C test program in bindings-c/tests/*.c: {missing:?}"
    );
}

#[test]
fn the_parser_sees_calls_not_comments() {
    let src = "/* motcua_a(1) */\n// motcua_b(2)\n#define X motcua_c(3)\nint x = motcua_d (4); notmotcua_e(5);\nmotcua_status motcua_f(int);";
    let got: Vec<String> = called_names(src).into_iter().collect();
    assert_eq!(got, ["motcua_d", "motcua_f"]);
}
