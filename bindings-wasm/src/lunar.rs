//! The Vietnamese lunisolar calendar (âm lịch, UTC+7): `solarToLunar`, `lunarInfo`,
//! `lunarToSolar`, `tet`, `tetEve`, `hungKingsDay`, `leapMonth`, `monthLength`, `yearName`.

use motcua::lunar::{self, LunarDate};
use wasm_bindgen::prelude::*;

use crate::args;
use crate::error::{Failure, JsResult};

fn lunar_arg(v: &JsValue) -> Result<LunarDate, Failure> {
    if v.is_undefined() || v.is_null() {
        return Err(Failure::missing("lunar"));
    }
    if !v.is_object() {
        return Err(Failure::invalid(
            "lunar phải là đối tượng {year, month, day, leap}".to_owned(),
            "lunar must be an object {year, month, day, leap}".to_owned(),
        ));
    }
    // Read field by field (no serde): month and day may be any byte, the core then says
    // whether such a date exists (1002); `leap` may be left out (false).
    // A field missing from the object makes the object invalid (9005), as a wrong type does.
    let required = |key: &str| -> Result<JsValue, Failure> {
        let x = args::field(v, key)?;
        if x.is_undefined() || x.is_null() {
            return Err(Failure::invalid(
                format!("lunar thiếu trường {key}"),
                format!("lunar has no field {key}"),
            ));
        }
        Ok(x)
    };
    let small = |key: &str| -> Result<u8, Failure> {
        let x = args::bounded_integer(&required(key)?, &format!("lunar.{key}"), 0, 255)?;
        Ok(u8::try_from(x).unwrap_or(0))
    };
    let year = args::year(&required("year")?, "lunar.year")?;
    let (month, day) = (small("month")?, small("day")?);
    let leap = args::field(v, "leap")?;
    let leap = if leap.is_undefined() || leap.is_null() {
        false
    } else {
        args::flag(&leap, "lunar.leap")?
    };
    Ok(LunarDate {
        year,
        month,
        day,
        leap,
    })
}

// One call into JS builds the result object from four numbers: cheaper than setting its
// properties one crossing at a time, or a JSON round trip (solarToLunar in a loop).
#[wasm_bindgen(
    inline_js = "export function lunarObject(year, month, day, leap) { return { year, month, day, leap }; }"
)]
extern "C" {
    #[wasm_bindgen(js_name = lunarObject)]
    fn lunar_object(year: i32, month: u8, day: u8, leap: bool) -> JsValue;
}

/// `{year, month, day, leap}` as a plain JS object.
pub(crate) fn lunar_out(l: &LunarDate) -> Result<JsValue, Failure> {
    Ok(lunar_object(l.year, l.month, l.day, l.leap))
}

/// `solarToLunar("2026-02-17")` → `{ year: 2026, month: 1, day: 1, leap: false }`.
/// Errors: 9001/9005 bad argument, 1001 outside 1900–2199.
#[wasm_bindgen(js_name = solarToLunar, skip_typescript)]
pub fn solar_to_lunar(date: JsValue) -> JsResult<JsValue> {
    let d = args::date(&date, "date")?;
    let l = lunar::solar_to_lunar(d).map_err(Failure::from)?;
    Ok(lunar_out(&l)?)
}

/// `lunarInfo("2025-08-22")` → `{ date: { year: 2025, month: 6, day: 29, leap: true },
/// month_length: 29, leap_month_of_year: 6, uncertain: false }`.
#[wasm_bindgen(js_name = lunarInfo, skip_typescript)]
pub fn lunar_info(date: JsValue) -> JsResult<JsValue> {
    let d = args::date(&date, "date")?;
    let i = lunar::lunar_info(d).map_err(Failure::from)?;
    let o = js_sys::Object::new();
    args::set(&o, "date", &lunar_out(&i.date)?)?;
    args::set(&o, "month_length", &JsValue::from(i.month_length))?;
    let leap_month = i.leap_month_of_year.map_or(JsValue::NULL, JsValue::from);
    args::set(&o, "leap_month_of_year", &leap_month)?;
    args::set(&o, "uncertain", &JsValue::from(i.uncertain))?;
    Ok(o.into())
}

/// `lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })` → `"2023-03-22"`.
/// Errors: 9001/9005 bad argument, 1002 nonexistent lunar date, 1001 out of range.
#[wasm_bindgen(js_name = lunarToSolar, skip_typescript)]
pub fn lunar_to_solar(lunar: JsValue) -> JsResult<JsValue> {
    let l = lunar_arg(&lunar)?;
    let d = lunar::lunar_to_solar(l).map_err(Failure::from)?;
    Ok(args::date_out(d))
}

/// `tet(2026)` → `"2026-02-17"`: the solar date of Tết (lunar new year's day).
#[wasm_bindgen(skip_typescript)]
pub fn tet(lunar_year: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    let d = lunar::tet(y).map_err(Failure::from)?;
    Ok(args::date_out(d))
}

/// `hungKingsDay(2026)` → `"2026-04-26"`: the Hùng Kings' Commemoration (10/3 lunar).
#[wasm_bindgen(js_name = hungKingsDay, skip_typescript)]
pub fn hung_kings_day(lunar_year: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    let d = lunar::hung_kings_day(y).map_err(Failure::from)?;
    Ok(args::date_out(d))
}

/// `tetEve(2026)` → `"2026-02-16"`: the last day of the lunar year before Tết.
#[wasm_bindgen(js_name = tetEve, skip_typescript)]
pub fn tet_eve(lunar_year: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    let d = lunar::tet_eve(y).map_err(Failure::from)?;
    Ok(args::date_out(d))
}

/// `leapMonth(2025)` → `6`; `leapMonth(2026)` → `null`.
#[wasm_bindgen(js_name = leapMonth, skip_typescript)]
pub fn leap_month(lunar_year: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    let m = lunar::leap_month(y).map_err(Failure::from)?;
    Ok(m.map_or(JsValue::NULL, |m| JsValue::from_f64(f64::from(m))))
}

/// `monthLength(2025, 12)` → `29`; `monthLength(2025, 6, true)` → the leap 6th month's length.
#[wasm_bindgen(js_name = monthLength, skip_typescript)]
pub fn month_length(lunar_year: JsValue, month: JsValue, leap: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    let m = args::year(&month, "month")?;
    let leap = args::flag(&leap, "leap")?;
    // A month outside u8 cannot exist: let the core say so with its 1002.
    let m = u8::try_from(m).unwrap_or(0);
    let n = lunar::month_length(y, m, leap).map_err(Failure::from)?;
    Ok(JsValue::from_f64(f64::from(n)))
}

/// `yearName(2026)` → `"Bính Ngọ"`.
#[wasm_bindgen(js_name = yearName, skip_typescript)]
pub fn year_name(lunar_year: JsValue) -> JsResult<JsValue> {
    let y = args::year(&lunar_year, "lunarYear")?;
    Ok(JsValue::from_str(&lunar::year_name(y)))
}
