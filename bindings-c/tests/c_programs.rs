//! Compiles the C test programs in this folder against `include/motcua.h` and the freshly built
//! `libmotcua.so` / `libmotcua.a`, runs them (under valgrind when it is installed; `.ci/run`
//! always uses it) and checks their closing `N passed, M failed` line.
//!
//! Needs `gcc` (or `$CC`). Set `MOTCUA_TEST_VALGRIND=0` to skip valgrind locally.

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Copy, Debug)]
enum Link {
    Shared,
    Static,
}

/// Libraries the Rust standard library needs in a static link (`--print native-static-libs`).
const NATIVE_STATIC_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder holding the `libmotcua.{so,a}` built together with this test binary: `cargo test`
/// writes them next to it in `target/<profile>/deps` (only `cargo build` copies them up to
/// `target/<profile>`, where they may be stale).
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    let deps = exe.parent().expect("deps dir").to_path_buf();
    if deps.join("libmotcua.so").exists() && deps.join("libmotcua.a").exists() {
        deps
    } else {
        deps.parent().expect("profile dir").to_path_buf()
    }
}

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("c-tests");
    std::fs::create_dir_all(&dir).expect("create c-tests dir");
    dir
}

fn cc() -> String {
    std::env::var("CC").unwrap_or_else(|_| "gcc".to_owned())
}

fn build(program: &str, link: Link) -> PathBuf {
    let src = manifest_dir().join("tests").join(format!("{program}.c"));
    build_source(&src, program, link)
}

fn build_source(src: &Path, program: &str, link: Link) -> PathBuf {
    let lib = lib_dir();
    let exe = out_dir().join(format!("{program}_{}", format!("{link:?}").to_lowercase()));
    let mut cmd = Command::new(cc());
    cmd.args([
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-pedantic",
        "-O1",
        "-g",
        "-pthread",
    ])
    .arg("-I")
    .arg(manifest_dir().join("include"))
    .arg("-I")
    .arg(manifest_dir().join("tests"))
    .arg(src)
    .arg("-o")
    .arg(&exe);
    match link {
        Link::Shared => {
            let so = lib.join("libmotcua.so");
            assert!(so.exists(), "{} not built", so.display());
            cmd.arg(format!("-L{}", lib.display()))
                .arg("-lmotcua")
                .arg(format!("-Wl,-rpath,{}", lib.display()));
        }
        Link::Static => {
            let a = lib.join("libmotcua.a");
            assert!(a.exists(), "{} not built", a.display());
            cmd.arg(a).args(NATIVE_STATIC_LIBS);
        }
    }
    let out = cmd.output().expect("run the C compiler (gcc or $CC)");
    assert!(
        out.status.success(),
        "compiling {} failed:\n{}",
        src.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

fn valgrind_available() -> bool {
    std::env::var("MOTCUA_TEST_VALGRIND").as_deref() != Ok("0")
        && Command::new("valgrind")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
}

/// Runs the program and returns its `(passed, failed)` counts; panics on a non-zero exit
/// (valgrind errors and leaks included).
fn run(exe: &Path) -> (u32, u32) {
    let (passed, failed, _) = run_with_output(exe);
    (passed, failed)
}

/// As [`run`], with the program's standard output.
fn run_with_output(exe: &Path) -> (u32, u32, String) {
    let mut cmd = if valgrind_available() {
        let mut c = Command::new("valgrind");
        c.args([
            "-q",
            "--leak-check=full",
            "--show-leak-kinds=definite,indirect",
            "--errors-for-leak-kinds=definite,indirect",
            "--error-exitcode=99",
        ])
        .arg(exe);
        c
    } else {
        Command::new(exe)
    };
    // Cargo's LD_LIBRARY_PATH may name target/<profile>, where an older libmotcua.so can lie;
    // the programs find the fresh one through their rpath.
    cmd.env_remove("LD_LIBRARY_PATH");
    let out = cmd.output().expect("run the C test program");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let counts = stdout.lines().rev().find_map(|line| {
        let (p, f) = line.trim().split_once(" passed, ")?;
        let f = f.strip_suffix(" failed")?;
        Some((p.parse::<u32>().ok()?, f.parse::<u32>().ok()?))
    });
    let (passed, failed) = counts.unwrap_or_else(|| {
        panic!(
            "{}: no closing line\nstdout:\n{stdout}\nstderr:\n{stderr}",
            exe.display()
        )
    });
    assert!(
        out.status.success() && failed == 0 && passed > 0,
        "{}: {passed} passed, {failed} failed, exit {:?}\nstderr:\n{stderr}",
        exe.display(),
        out.status.code()
    );
    (passed, failed, stdout.into_owned())
}

fn check(program: &str, link: Link) {
    let exe = build(program, link);
    let (passed, _) = run(&exe);
    println!("{program} ({link:?}): {passed} checks passed");
}

#[test]
fn threads_shared() {
    check("test_threads", Link::Shared);
}

#[test]
fn threads_static() {
    check("test_threads", Link::Static);
}

#[test]
fn identifiers_shared() {
    check("test_identifiers", Link::Shared);
}

#[test]
fn identifiers_static() {
    check("test_identifiers", Link::Static);
}

#[test]
fn calendar_shared() {
    check("test_calendar", Link::Shared);
}

#[test]
fn calendar_static() {
    check("test_calendar", Link::Static);
}

#[test]
fn misuse_shared() {
    check("test_misuse", Link::Shared);
}

#[test]
fn misuse_static() {
    check("test_misuse", Link::Static);
}

#[test]
fn deadline_shared() {
    check("test_deadline", Link::Shared);
}

#[test]
fn deadline_static() {
    check("test_deadline", Link::Static);
}

#[test]
fn catalogue_shared() {
    check("test_catalogue", Link::Shared);
}

#[test]
fn catalogue_static() {
    check("test_catalogue", Link::Static);
}

#[test]
fn form_shared() {
    check("test_form", Link::Shared);
}

#[test]
fn form_static() {
    check("test_form", Link::Static);
}

#[test]
fn dossier_shared() {
    check("test_dossier", Link::Shared);
}

#[test]
fn dossier_static() {
    check("test_dossier", Link::Static);
}

#[test]
fn hostile_shared() {
    check("test_hostile", Link::Shared);
}

#[test]
fn hostile_static() {
    check("test_hostile", Link::Static);
}

#[test]
fn lunar_shared() {
    check("test_lunar", Link::Shared);
}

#[test]
fn lunar_static() {
    check("test_lunar", Link::Static);
}

/// The header is also valid C++ (it has `extern "C"` guards) when a C++ compiler is present.
#[test]
fn header_compiles_as_cxx() {
    let Ok(out) = Command::new("g++")
        .args([
            "-x",
            "c++",
            "-std=c++11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fsyntax-only",
        ])
        .arg(manifest_dir().join("include/motcua.h"))
        .output()
    else {
        eprintln!("g++ not found: skipped");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The shared conformance vectors (`tests/vectors/calendar.json`), turned into a generated C
/// program, through the C library: the same expectations as the Rust core and the WASM package.
#[test]
fn conformance_vectors_through_the_c_abi() {
    use serde_json::Value;
    use std::fmt::Write as _;

    let text = std::fs::read_to_string(manifest_dir().join("../tests/vectors/calendar.json"))
        .expect("read the vectors");
    let v: Value = serde_json::from_str(&text).expect("parse the vectors");
    let date = |s: &Value| -> String {
        let s = s.as_str().expect("date string");
        let (y, m, d) = (&s[0..4], &s[5..7], &s[8..10]);
        format!(
            "D({}, {}, {})",
            y,
            m.trim_start_matches('0'),
            d.trim_start_matches('0')
        )
    };
    let mut body = String::new();
    let mut n = 0;
    for case in v["lunar"].as_array().unwrap() {
        let l = &case["lunar"];
        let lunar = format!(
            "L({}, {}, {}, {})",
            l["year"],
            l["month"],
            l["day"],
            u8::from(l["leap"].as_bool().unwrap())
        );
        let solar = date(&case["solar"]);
        writeln!(body, "  CHECK_OK(motcua_solar_to_lunar({solar}, &l));").unwrap();
        writeln!(body, "  CHECK(same_lunar(l, {lunar}));").unwrap();
        writeln!(body, "  CHECK_OK(motcua_lunar_to_solar({lunar}, &d));").unwrap();
        writeln!(body, "  CHECK(same_date(d, {solar}));").unwrap();
        n += 1;
    }
    for case in v["lunar_errors"].as_array().unwrap() {
        let solar = date(&case["solar"]);
        writeln!(
            body,
            "  CHECK_STATUS(motcua_solar_to_lunar({solar}, &l), {});",
            case["code"]
        )
        .unwrap();
        n += 1;
    }
    for case in v["calendar"].as_array().unwrap() {
        let cal = match case["audience"].as_str().unwrap() {
            "civil_service" => "civil",
            "enterprise" => "ent",
            other => panic!("unknown audience {other}"),
        };
        let (call, check) = match case["op"].as_str().unwrap() {
            "add_working_days" => (
                format!(
                    "motcua_calendar_add_working_days({cal}, {}, {}, &d)",
                    date(&case["date"]),
                    case["n"]
                ),
                case.get("expect")
                    .map(|e| format!("same_date(d, {})", date(e))),
            ),
            "is_working_day" => (
                format!(
                    "motcua_calendar_is_working_day({cal}, {}, &w)",
                    date(&case["date"])
                ),
                case.get("expect")
                    .map(|e| format!("w == {}", u8::from(e.as_bool().unwrap()))),
            ),
            "working_days_between" => (
                format!(
                    "motcua_calendar_working_days_between({cal}, {}, {}, &n)",
                    date(&case["from"]),
                    date(&case["to"])
                ),
                case.get("expect").map(|e| format!("n == {e}")),
            ),
            other => panic!("unknown op {other}"),
        };
        match (case.get("error"), check) {
            (Some(code), _) => writeln!(body, "  CHECK_STATUS({call}, {code});").unwrap(),
            (None, Some(check)) => {
                writeln!(body, "  CHECK_OK({call});\n  CHECK({check});").unwrap();
            }
            (None, None) => panic!("case without expect or error: {case}"),
        }
        n += 1;
    }
    assert!(n > 50, "only {n} vectors");
    let program = format!(
        "/* Generated by c_programs.rs from tests/vectors/calendar.json. */\n\
         #include \"c/check.h\"\n\
         int main(void) {{\n\
         \x20 motcua_calendar *civil = NULL, *ent = NULL;\n\
         \x20 motcua_lunar_date l; motcua_date d; uint8_t w; int64_t n;\n\
         \x20 CHECK_OK(motcua_calendar_new_civil_service(&civil));\n\
         \x20 CHECK_OK(motcua_calendar_new_enterprise(&ent));\n\
         {body}\
         \x20 motcua_calendar_free(civil);\n\
         \x20 motcua_calendar_free(ent);\n\
         \x20 (void)l; (void)d; (void)w; (void)n;\n\
         \x20 return report();\n\
         }}\n"
    );
    let src = out_dir().join("test_vectors.c");
    std::fs::write(&src, program).expect("write the generated program");
    let exe = build_source(&src, "test_vectors", Link::Shared);
    let (passed, _) = run(&exe);
    assert!(passed as usize >= n, "{passed} checks for {n} vectors");
}

/// A C string literal of `s` (UTF-8 kept as is).
fn c_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            // No trigraphs (`??/` is a backslash in C11).
            '?' => out.push_str("\\?"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `ptr, len` arguments of a JSON document (`NULL, 0` when absent: the default policy).
fn c_json(v: Option<&serde_json::Value>) -> String {
    match v {
        Some(v) => format!("S({})", c_literal(&v.to_string())),
        None => "NULL, 0".to_owned(),
    }
}

/// The shared deadline vectors (`tests/vectors/deadline.json`) through the C library: a
/// generated C program calls `motcua_compute_due_json` and the clock functions and prints
/// each status and JSON result; they are checked here with the same subset rule as the Rust
/// and node runners.
#[test]
fn deadline_vectors_through_the_c_abi() {
    use motcua_conformance::{DEADLINE_VECTORS, DeadlineVectors, check_outcome};
    use serde_json::Value;
    use std::fmt::Write as _;

    let v: DeadlineVectors = serde_json::from_str(DEADLINE_VECTORS).expect("parse the vectors");
    let cal = |a: &str| match a {
        "civil_service" => "civil",
        "enterprise" => "ent",
        other => panic!("unknown audience {other}"),
    };
    let mut body = String::new();
    for (i, c) in v.compute_due.iter().enumerate() {
        writeln!(
            body,
            "  s = NULL;\n  st = motcua_compute_due_json({}, S({}), {}, {}, MOTCUA_LANG_EN, &s);\n  emit(\"due\", {i}, st, s, NULL);",
            cal(&c.audience),
            c_literal(&c.received_at),
            c_json(Some(&c.limit)),
            c_json(c.policy.as_ref()),
        )
        .unwrap();
    }
    for (i, c) in v.clock.iter().enumerate() {
        let cal = cal(&c.audience);
        let as_of = c_literal(&c.as_of);
        writeln!(
            body,
            "  s = NULL; a = NULL; clk = NULL;\n  st = motcua_clock_replay_json({cal}, {}, {}, {}, &clk);\n  \
             if (st == MOTCUA_STATUS_OK) st = motcua_clock_status_json(clk, {cal}, S({as_of}), &s);\n  \
             if (st == MOTCUA_STATUS_OK) st = motcua_clock_assess_json(clk, {cal}, S({as_of}), &a);\n  \
             emit(\"clock\", {i}, st, s, a);\n  motcua_clock_free(clk);",
            c_json(Some(&c.limit)),
            c_json(c.policy.as_ref()),
            c_json(Some(&c.events)),
        )
        .unwrap();
    }
    let program = format!(
        "/* Generated by c_programs.rs from tests/vectors/deadline.json. */\n\
         #include <stdlib.h>\n\
         #include \"c/check.h\"\n\
         /* Prints one outcome, tab-separated (compact JSON has no raw tab); frees the strings. */\n\
         static void emit(const char *kind, int i, motcua_status st, char *s, char *a) {{\n\
         \x20 if (st == MOTCUA_STATUS_OK) CHECK(s != NULL); else CHECK(s == NULL && a == NULL);\n\
         \x20 printf(\"@@\\t%s\\t%d\\t%u\\t%s\\t%s\\n\", kind, i, (unsigned)st, s ? s : \"-\", a ? a : \"-\");\n\
         \x20 motcua_string_free(s);\n\
         \x20 motcua_string_free(a);\n\
         }}\n\
         int main(void) {{\n\
         \x20 motcua_calendar *civil = NULL, *ent = NULL;\n\
         \x20 motcua_clock *clk = NULL;\n\
         \x20 char *s = NULL, *a = NULL;\n\
         \x20 motcua_status st;\n\
         \x20 CHECK_OK(motcua_calendar_new_civil_service(&civil));\n\
         \x20 CHECK_OK(motcua_calendar_new_enterprise(&ent));\n\
         {body}\
         \x20 motcua_calendar_free(civil);\n\
         \x20 motcua_calendar_free(ent);\n\
         \x20 return report();\n\
         }}\n"
    );
    let src = out_dir().join("test_deadline_vectors.c");
    std::fs::write(&src, program).expect("write the generated program");
    let exe = build_source(&src, "test_deadline_vectors", Link::Shared);
    let (_, _, stdout) = run_with_output(&exe);

    let mut seen = 0;
    let mut fails = Vec::new();
    for line in stdout.lines().filter_map(|l| l.strip_prefix("@@\t")) {
        let mut parts = line.splitn(5, '\t');
        let (kind, i, st, s, a) = (
            parts.next().unwrap(),
            parts.next().unwrap().parse::<usize>().unwrap(),
            parts.next().unwrap().parse::<u32>().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let parse = |t: &str| serde_json::from_str::<Value>(t).expect("JSON from the C library");
        let outcome = if st == 0 {
            Ok(match kind {
                "due" => vec![parse(s)],
                _ => vec![parse(s), parse(a)],
            })
        } else {
            Err(st)
        };
        let failure = match kind {
            "due" => {
                let c = &v.compute_due[i];
                check_outcome(&c.name, &outcome, &[c.expect.as_ref()], c.error)
            }
            _ => {
                let c = &v.clock[i];
                check_outcome(
                    &c.name,
                    &outcome,
                    &[c.expect.as_ref(), c.assess.as_ref()],
                    c.error,
                )
            }
        };
        fails.extend(failure);
        seen += 1;
    }
    assert_eq!(
        seen,
        v.compute_due.len() + v.clock.len(),
        "outcomes printed"
    );
    assert!(fails.is_empty(), "through the C ABI:\n{}", fails.join("\n"));
}

/// A C string literal no longer than the 4,095 characters ISO C requires compilers to take.
fn short_literal(s: &str) -> String {
    let lit = c_literal(s);
    assert!(
        lit.len() < 4000,
        "literal too long for -pedantic: {} bytes",
        lit.len()
    );
    lit
}

/// Compiles and runs a generated program; returns its `@@`-prefixed lines, split on tabs.
fn run_generated(name: &str, program: &str) -> Vec<Vec<String>> {
    let src = out_dir().join(format!("{name}.c"));
    std::fs::write(&src, program).expect("write the generated program");
    let exe = build_source(&src, name, Link::Shared);
    let (_, _, stdout) = run_with_output(&exe);
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("@@\t"))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

const GENERATED_PRELUDE: &str = "#include <stdlib.h>\n\
     #include \"c/check.h\"\n\
     #define STR(s) (const uint8_t *)(s), strlen(s)\n\
     /* Prints one outcome, tab-separated (compact JSON has no raw tab); frees the string. */\n\
     static void emit(const char *kind, int i, motcua_status st, char *s) {\n\
     \x20 if (st == MOTCUA_STATUS_OK) CHECK(s != NULL); else CHECK(s == NULL);\n\
     \x20 printf(\"@@\\t%s\\t%d\\t%u\\t%s\\n\", kind, i, (unsigned)st, s ? s : \"-\");\n\
     \x20 motcua_string_free(s);\n\
     }\n";

/// The shared form vectors (`tests/vectors/forms.json`) through the C library: the
/// identifier validators and both form validation functions, checked with the Rust runner's
/// rule.
#[test]
fn form_vectors_through_the_c_abi() {
    use motcua_conformance::{FORM_VECTORS, FormVectors, check_outcome};
    use serde_json::Value;
    use std::fmt::Write as _;

    let v: FormVectors = serde_json::from_str(FORM_VECTORS).expect("parse the vectors");
    let mut body = String::new();
    for (i, c) in v.identifiers.iter().enumerate() {
        writeln!(
            body,
            "  s = NULL;\n  st = motcua_validate_{}(S({}), &s);\n  emit(\"id\", {i}, st, s);",
            c.format,
            short_literal(&c.input)
        )
        .unwrap();
    }
    for (i, c) in v.forms.iter().enumerate() {
        let values = short_literal(&c.values_text());
        let call = match (c.spec_text(&v.spec), &c.catalogue_form) {
            (Some(spec), _) => format!(
                "motcua_form_validate_json(S({}), S({values}), &s)",
                short_literal(&spec)
            ),
            (None, Some(key)) => format!(
                "motcua_catalogue_form_validate_json(cat, S({}), S({values}), &s)",
                short_literal(key)
            ),
            (None, None) => panic!("{}: no spec", c.name),
        };
        writeln!(
            body,
            "  s = NULL;\n  st = {call};\n  emit(\"form\", {i}, st, s);"
        )
        .unwrap();
    }
    let program = format!(
        "/* Generated by c_programs.rs from tests/vectors/forms.json. */\n{GENERATED_PRELUDE}\
         int main(void) {{\n\
         \x20 motcua_catalogue *cat = NULL;\n\
         \x20 char *s = NULL;\n\
         \x20 motcua_status st;\n\
         \x20 CHECK_OK(motcua_catalogue_new_default(&cat));\n\
         {body}\
         \x20 motcua_catalogue_free(cat);\n\
         \x20 return report();\n\
         }}\n"
    );
    let lines = run_generated("test_form_vectors", &program);
    let mut fails = Vec::new();
    for parts in &lines {
        let (kind, i, st, s) = (
            &parts[0],
            parts[1].parse::<usize>().unwrap(),
            parts[2].parse::<u32>().unwrap(),
            &parts[3],
        );
        let outcome = if st == 0 {
            Ok(vec![
                serde_json::from_str::<Value>(s).expect("JSON from the C library"),
            ])
        } else {
            Err(st)
        };
        let (name, expect, error) = match kind.as_str() {
            "id" => {
                let c = &v.identifiers[i];
                (&c.name, c.expect.as_ref(), c.error)
            }
            _ => {
                let c = &v.forms[i];
                (&c.name, c.expect.as_ref(), c.error)
            }
        };
        fails.extend(check_outcome(name, &outcome, &[expect], error));
    }
    assert_eq!(
        lines.len(),
        v.identifiers.len() + v.forms.len(),
        "outcomes printed"
    );
    assert!(fails.is_empty(), "through the C ABI:\n{}", fails.join("\n"));
}

/// The shared dossier vectors (`tests/vectors/dossier.json`) through the C library: each
/// command sequence applied with `motcua_dossier_apply_json` from `motcua_dossier_new_json`
/// (each step first through `motcua_dossier_check_json`), then `motcua_dossier_state_json`,
/// checked with the Rust runner's rule.
#[test]
fn dossier_vectors_through_the_c_abi() {
    use motcua_conformance::{DOSSIER_VECTORS, DossierVectors, check_dossier_case};
    use serde_json::Value;
    use std::fmt::Write as _;

    let v: DossierVectors = serde_json::from_str(DOSSIER_VECTORS).expect("parse the vectors");
    let mut body = String::new();
    for (i, c) in v.cases.iter().enumerate() {
        let ctx = short_literal(&v.context(c));
        writeln!(
            body,
            "  log = NULL;\n  CHECK_OK(motcua_dossier_new_json(S({}), &log));",
            short_literal(&c.id)
        )
        .unwrap();
        for (k, cmd) in v.commands(c).iter().enumerate() {
            writeln!(
                body,
                "  s = NULL;\n  \
                 st = motcua_dossier_check_json(civil, S({ctx}), STR(log), S({cmd}), &s);\n  \
                 emit(\"check\", {i}, st, s);\n  \
                 next = NULL; ev = NULL;\n  \
                 st = motcua_dossier_apply_json(civil, S({ctx}), STR(log), S({cmd}), &next, &ev);\n  \
                 printf(\"@@\\tstep\\t{i}\\t{k}\\t%u\\n\", (unsigned)st);\n  \
                 if (st == MOTCUA_STATUS_OK) {{ motcua_string_free(log); log = next; motcua_string_free(ev); }}\n  \
                 else CHECK(next == NULL && ev == NULL);",
                cmd = short_literal(cmd)
            )
            .unwrap();
        }
        let options = match DossierVectors::options(c) {
            Some(o) => format!("S({})", short_literal(&o)),
            None => "NULL, 0".to_owned(),
        };
        writeln!(
            body,
            "  s = NULL;\n  st = motcua_dossier_state_json(civil, STR(log), {options}, &s);\n  emit(\"state\", {i}, st, s);\n  \
             motcua_string_free(log);"
        )
        .unwrap();
    }
    let program = format!(
        "/* Generated by c_programs.rs from tests/vectors/dossier.json. */\n{GENERATED_PRELUDE}\
         int main(void) {{\n\
         \x20 motcua_calendar *civil = NULL;\n\
         \x20 char *log = NULL, *next = NULL, *ev = NULL, *s = NULL;\n\
         \x20 motcua_status st;\n\
         \x20 CHECK_OK(motcua_calendar_new_civil_service(&civil));\n\
         {body}\
         \x20 motcua_calendar_free(civil);\n\
         \x20 return report();\n\
         }}\n"
    );
    let lines = run_generated("test_dossier_vectors", &program);
    let mut statuses: Vec<Vec<u32>> = vec![Vec::new(); v.cases.len()];
    let mut checks: Vec<Vec<Result<Value, u32>>> = vec![Vec::new(); v.cases.len()];
    let mut states: Vec<Option<Result<Value, u32>>> = vec![None; v.cases.len()];
    for parts in &lines {
        let i = parts[1].parse::<usize>().unwrap();
        let outcome = || {
            let st = parts[2].parse::<u32>().unwrap();
            if st == 0 {
                Ok(serde_json::from_str(&parts[3]).expect("JSON from the C library"))
            } else {
                Err(st)
            }
        };
        match parts[0].as_str() {
            "step" => statuses[i].push(parts[3].parse().unwrap()),
            "check" => checks[i].push(outcome()),
            _ => states[i] = Some(outcome()),
        }
    }
    let mut fails = Vec::new();
    for (i, c) in v.cases.iter().enumerate() {
        let state = states[i].clone().unwrap_or(Err(u32::MAX));
        fails.extend(check_dossier_case(c, &statuses[i], &checks[i], &state));
    }
    assert!(fails.is_empty(), "through the C ABI:\n{}", fails.join("\n"));
}
