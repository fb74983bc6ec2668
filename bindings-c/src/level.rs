//! Online service levels: the two classifications (Decree 43/2011 levels 1–4, Decree 42/2022
//! full-process / partial) and their regimes, as data.

use std::ffi::c_char;

use crate::json::json_out;
use crate::panic::boundary;
use crate::status::motcua_status;
use crate::{check_null, put};

/// The online service levels and the regimes that define them, as JSON: `{"levels":
/// [{"level": "level_4", "scheme": "decree43", "name": "Dịch vụ công trực tuyến mức độ 4",
/// "name_en": "Online service level 4", "required": {"information_online": true, …},
/// "decree42": "full_process", "decree43": "level_4"}, …], "regimes": [{"regime",
/// "instrument": "42/2022/NĐ-CP", "scheme", "effective_from", "effective_until"}, …]}`;
/// `required` are the minimum capabilities, `decree42`/`decree43` the heuristic mapping to
/// the other classification (the capabilities decide; see `core/src/level.rs`).
///
/// @param out  receives a NUL-terminated UTF-8 JSON string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_service_levels_json(out: *mut *mut c_char) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let s = json_out(&motcua::level::levels_info())?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}
