//! Generates `include/motcua.h` with the pinned cbindgen; the version macros come from Cargo.

use std::env;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    println!("cargo:rerun-if-changed=build.rs");

    let mut config =
        cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).expect("read cbindgen.toml");
    let version = |key: &str| env::var(key).expect(key);
    config.after_includes = Some(format!(
        "\n/** Version of the library this header belongs to (Cargo package version). */\n\
         #define MOTCUA_VERSION \"{}\"\n\
         /** Major version. */\n#define MOTCUA_VERSION_MAJOR {}\n\
         /** Minor version. */\n#define MOTCUA_VERSION_MINOR {}\n\
         /** Patch version. */\n#define MOTCUA_VERSION_PATCH {}",
        version("CARGO_PKG_VERSION"),
        version("CARGO_PKG_VERSION_MAJOR"),
        version("CARGO_PKG_VERSION_MINOR"),
        version("CARGO_PKG_VERSION_PATCH"),
    ));

    cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen could not generate include/motcua.h")
        .write_to_file(crate_dir.join("include/motcua.h"));
}
