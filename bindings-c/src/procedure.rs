//! `motcua_catalogue`: an immutable procedure catalogue (the embedded default, or one loaded
//! from JSON), and its queries.
//!
//! A handle is created by `motcua_catalogue_new_default` or `motcua_catalogue_from_json` and
//! released by `motcua_catalogue_free`. It is never modified after creation, so a
//! `const motcua_catalogue *` may be used by any number of threads at once without locking;
//! only `motcua_catalogue_free` must not race with other uses of the same handle.
//!
//! Results are JSON in the core's shapes (`core/schema/catalogue.schema.json` for procedures,
//! services and forms), identical to the WASM package's objects.

use std::ffi::c_char;

use motcua::procedure::{Catalogue, CatalogueQuery, ContextRequest};

use crate::json::{core, json_in, json_in_limit, json_out, opt_json_in};
use crate::panic::{boundary, boundary_void};
use crate::status::motcua_status;
use crate::string::str_in;
use crate::{check_null, put};

/// Opaque handle of an immutable procedure catalogue (wraps the core `Catalogue`: procedures,
/// online services and compiled e-forms). Shareable across threads.
pub struct motcua_catalogue {
    inner: Catalogue,
}

fn new_handle(inner: Catalogue) -> *mut motcua_catalogue {
    Box::into_raw(Box::new(motcua_catalogue { inner }))
}

/// Borrows the catalogue behind a non-null handle.
///
/// # Safety
/// `cat` must be a live handle returned by this library.
pub(crate) unsafe fn cat_ref<'a>(cat: *const motcua_catalogue) -> &'a Catalogue {
    // SAFETY: forwarded to the caller.
    unsafe { &(*cat).inner }
}

/// A short key argument (a code or an id): UTF-8, at most 1 KiB.
///
/// # Safety
/// As `str_in`.
pub(crate) unsafe fn key_in<'a>(ptr: *const u8, len: usize) -> Result<&'a str, motcua_status> {
    // SAFETY: forwarded to the caller.
    unsafe { json_in_limit(ptr, len, 1024) }
}

/// Creates the embedded default catalogue: at least 20 real procedures of different fields
/// and levels of government (civil status, certification, judicial records, business
/// registration, construction, land…), their online services and e-forms, each value with
/// its source (`core/data/catalogue.json`, `catalogue-forms.json`). Loading parses and checks
/// about 140 KB of JSON: create it once and share it.
///
/// @param out  receives a new handle on success; free it with `motcua_catalogue_free`.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_NULL_POINTER`; 3103/3104 only if the embedded
///         data were broken (the test suite guarantees they are not).
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_catalogue *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_new_default(
    out: *mut *mut motcua_catalogue,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let cat = core(Catalogue::try_vietnam_default())?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, new_handle(cat)) };
        Ok(())
    })
}

/// Loads a catalogue from JSON (`core/schema/catalogue.schema.json`: `{"version",
/// "procedures": […], "services"?: […], "forms"?: […]}`) and checks it; a document with any
/// error is refused (use `motcua_catalogue_problems_json` to list every problem).
///
/// @param json      UTF-8 bytes of the document (not necessarily NUL-terminated).
/// @param json_len  its length in bytes; at most 8 MiB (the core's
///                  `InputLimits::catalogue_bytes`).
/// @param out       receives a new handle on success; free it with `motcua_catalogue_free`.
/// @return `MOTCUA_STATUS_OK`; 3103 malformed JSON or a wrong shape; 3104 the catalogue has
///         errors (duplicate codes, step budgets over the limit, unknown references…); 3105
///         over 8 MiB; `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `json` must be NULL or point to `json_len` readable bytes; `out` must be NULL or point to
/// a writable `motcua_catalogue *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_from_json(
    json: *const u8,
    json_len: usize,
    out: *mut *mut motcua_catalogue,
) -> motcua_status {
    boundary(|| {
        check_null!(json, out);
        // SAFETY: readable by contract. Over the limit: the core's own 3105.
        let text = unsafe { str_in(json, json_len) }?;
        let cat = core(Catalogue::from_json(text))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, new_handle(cat)) };
        Ok(())
    })
}

/// Frees a catalogue. NULL is a no-op.
///
/// @param cat  a handle returned by this library, or NULL.
///
/// # Safety
/// `cat` must be NULL or a live catalogue not freed yet, and no other thread may be using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_free(cat: *mut motcua_catalogue) {
    boundary_void(|| {
        if !cat.is_null() {
            // SAFETY: by contract, `cat` came from Box::into_raw in this module.
            drop(unsafe { Box::from_raw(cat) });
        }
    });
}

/// Lists every problem of a catalogue document, errors and warnings, without loading it:
/// `{"valid": false, "problems": [{"pointer": "/procedures/3/variants/0/steps", "name":
/// "procedure.step_budget_exceeded", "severity": "error", "detail": "…", "detail_vi": "…"},
/// …]}`. A catalogue with problems is a report, not an error status.
///
/// @param json      UTF-8 bytes of the document.
/// @param json_len  its length in bytes; at most 8 MiB (the core's
///                  `InputLimits::catalogue_bytes`).
/// @param out       receives a NUL-terminated UTF-8 JSON string; free it with
///                  `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 3103 malformed JSON; 3105 over 8 MiB;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `json` must be NULL or point to `json_len` readable bytes; `out` must be NULL or point to
/// a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_problems_json(
    json: *const u8,
    json_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(json, out);
        // SAFETY: readable by contract. Over the limit: the core's own 3105.
        let text = unsafe { str_in(json, json_len) }?;
        let s = json_out(&core(Catalogue::check_json(text))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// One procedure, by national code (`"1.001193"`) or catalogue id, as JSON (name, field,
/// authorities, legal basis, variants with time limits, documents, fees and steps, result,
/// e-form ids, sources), or the JSON `null` when the catalogue has no such procedure.
///
/// @param cat       the catalogue.
/// @param code      UTF-8 code or id.
/// @param code_len  its length in bytes (at most 1 KiB).
/// @param out       receives a NUL-terminated UTF-8 JSON string; free it with
///                  `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (also when not found: `"null"`); `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_INVALID_ARGUMENT` over 1 KiB; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `code` must be NULL or point to `code_len`
/// readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_procedure_json(
    cat: *const motcua_catalogue,
    code: *const u8,
    code_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, code, out);
        // SAFETY: readable by contract; live handle by contract.
        let (code, cat) = unsafe { (key_in(code, code_len)?, cat_ref(cat)) };
        let s = json_out(&cat.procedure(code))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The procedures and online services a filter selects: `{"procedures": […], "services":
/// […]}`. The filter is `{"procedure"?, "field"?, "gov_level"?, "on"?, "level"?, "agency"?}`
/// (all optional, all given ones must hold): a code or id; a field key (`"ho_tich"`); a level
/// of government (`"commune"`, `"district"`, `"province"`, `"central"`, `"other"`) on the date
/// `on` (`"YYYY-MM-DD"`, else any date); a declared online service level (`"level_3"`,
/// `"full_process"`, `"toàn trình"`…); an agency code, exact or level-1 (`"H55"`). With a
/// service criterion, only procedures with a matching service are listed.
///
/// @param cat         the catalogue.
/// @param filter      the filter JSON, or NULL.
/// @param filter_len  its length; 0 selects everything (`filter` is then not read).
/// @param out         receives a NUL-terminated UTF-8 JSON string; free it with
///                    `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 3106 a malformed filter or an unknown key; 3001 an unknown
///         service level; `MOTCUA_STATUS_INVALID_ARGUMENT` over 1 MiB;
///         `MOTCUA_STATUS_INVALID_UTF8`; `MOTCUA_STATUS_NULL_POINTER` (also `filter` NULL with
///         a non-zero length).
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `filter` must be NULL or point to `filter_len`
/// readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_query_json(
    cat: *const motcua_catalogue,
    filter: *const u8,
    filter_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, out);
        // SAFETY: readable by contract.
        let q = match unsafe { opt_json_in(filter, filter_len) }? {
            Some(text) => core(CatalogueQuery::from_json(text))?,
            None => CatalogueQuery::default(),
        };
        // SAFETY: live handle by contract.
        let cat = unsafe { cat_ref(cat) };
        let s = json_out(&core(cat.query(&q))?)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The catalogue's overview as JSON: `{"version", "procedures", "procedures_online",
/// "services", "by_level": {"level_3": n, "full_process": n, …}, "by_decree42": {…},
/// "full_process_share", "fields": […], "forms", "warnings"}`; `by_level` counts the declared
/// levels, `by_decree42` classifies each service by its configured channels.
///
/// @param cat  the catalogue.
/// @param out  receives a NUL-terminated UTF-8 JSON string; free it with `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `out` must be NULL or point to a writable
/// `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_stats_json(
    cat: *const motcua_catalogue,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, out);
        // SAFETY: live handle by contract.
        let s = json_out(&unsafe { cat_ref(cat) }.overview())?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// An e-form specification (`core/schema/form_spec.schema.json`) by form id
/// (`"1.001193/to-khai-dang-ky-khai-sinh"`), or the first e-form of a procedure by code or id,
/// as JSON; the JSON `null` when there is none.
///
/// @param cat      the catalogue.
/// @param key      UTF-8 form id, procedure code or procedure id.
/// @param key_len  its length in bytes (at most 1 KiB).
/// @param out      receives a NUL-terminated UTF-8 JSON string; free it with
///                 `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` (also when not found: `"null"`); `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_INVALID_ARGUMENT` over 1 KiB; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `key` must be NULL or point to `key_len` readable
/// bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_form_spec_json(
    cat: *const motcua_catalogue,
    key: *const u8,
    key_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, key, out);
        // SAFETY: readable by contract; live handle by contract.
        let (key, cat) = unsafe { (key_in(key, key_len)?, cat_ref(cat)) };
        let s = json_out(&cat.form_for(key).map(|f| f.spec()))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

/// The dossier context of a catalogue procedure as an agency receives it, as JSON (the
/// `context` of a `create` command, or the `context` argument of
/// `motcua_dossier_apply_json`): the variant in force, its time limit, its required
/// documents as `tp1`, `tp2`…, whether fees are due, the online service's level and channels,
/// the deadline regime in force. Request: `{"procedure", "variant"?, "service"?,
/// "receiving_agency", "resolving_agency"?, "on": "YYYY-MM-DD"}`; without `service` (a
/// service code), the receiving agency's own service is used, else one of its province, else
/// the nationally listed one.
///
/// @param cat          the catalogue.
/// @param request      the request JSON.
/// @param request_len  its length in bytes (at most 1 MiB).
/// @param out          receives a NUL-terminated UTF-8 JSON string; free it with
///                     `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK`; 3106 a malformed request, an unknown procedure or service
///         code; 5010 an unknown variant or an invalid agency code;
///         `MOTCUA_STATUS_INVALID_ARGUMENT`; `MOTCUA_STATUS_INVALID_UTF8`;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `cat` must be NULL or a live catalogue; `request` must be NULL or point to `request_len`
/// readable bytes; `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_catalogue_dossier_context_json(
    cat: *const motcua_catalogue,
    request: *const u8,
    request_len: usize,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(cat, request, out);
        // SAFETY: readable by contract.
        let req = core(ContextRequest::from_json(unsafe {
            json_in(request, request_len)
        }?))?;
        // SAFETY: live handle by contract.
        let ctx = core(unsafe { cat_ref(cat) }.dossier_context(&req))?;
        let s = json_out(&ctx)?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_can_be_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<motcua_catalogue>();
    }
}
