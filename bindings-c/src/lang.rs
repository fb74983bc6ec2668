//! Message language, as it arrives from C.

use motcua::Lang;

/// Language of a message: `MOTCUA_LANG_VI` (0) or `MOTCUA_LANG_EN` (1). Passed as a `uint32_t`;
/// any other value falls back to Vietnamese.
pub type motcua_lang = u32;

/// Vietnamese (the default: the one-stop desks and the citizens read Vietnamese).
pub const MOTCUA_LANG_VI: motcua_lang = 0;
/// English.
pub const MOTCUA_LANG_EN: motcua_lang = 1;

/// Converts with the documented fallback (unknown values are Vietnamese).
pub(crate) fn lang_from_c(lang: motcua_lang) -> Lang {
    match lang {
        MOTCUA_LANG_EN => Lang::En,
        _ => Lang::Vi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_is_vietnamese() {
        assert_eq!(lang_from_c(MOTCUA_LANG_VI), Lang::Vi);
        assert_eq!(lang_from_c(MOTCUA_LANG_EN), Lang::En);
        assert_eq!(lang_from_c(77), Lang::Vi);
    }
}
