//! `motcua`: the command-line tool.
//!
//! ```text
//! motcua calendar [YEAR] [--enterprise] [--lang vi|en] [--json]   a year's working calendar
//! motcua lunar DATE [--json]                                      solar → lunar
//! motcua solar YEAR MONTH DAY [--leap] [--json]                   lunar → solar
//! motcua add DATE N [--enterprise] [--json]                       DATE + N working days
//! motcua between FROM TO [--enterprise] [--json]                  working days in (FROM, TO]
//! motcua why DATE [--enterprise] [--lang vi|en] [--json]          is DATE a working day, and why
//! motcua due RECEIVED LIMIT [POLICY] [--lang vi|en] [--json]      appointment for a dossier
//! motcua catalogue [CODE] [--lang vi|en] [--json]                  embedded procedures, levels
//! motcua validate FORM_ID VALUES [--lang vi|en] [--json]           validate e-form values (JSON)
//! motcua simulate [--seed N] [--dossiers N] [--json] …            a provincial portal, Biểu 06 report
//! ```
//! `RECEIVED` is Vietnam local time `YYYY-MM-DDTHH:MM`; `LIMIT` and `POLICY` are JSON
//! (`'{"working_days": 5}'`, `'{"channel": "online"}'`; see `core/schema/`).
//! With `--json` each command prints one JSON document on stdout. Errors go to stderr with
//! their stable code, in Vietnamese (default) or English, and the exit status is 1 (2 for a
//! usage error).
#![forbid(unsafe_code)]

use std::io::Write;
use std::process::ExitCode;

/// `println!` that ignores a closed stdout (`motcua … | head` must not panic).
macro_rules! say {
    () => {{ let _ = writeln!(std::io::stdout()); }};
    ($($arg:tt)*) => {{ let _ = writeln!(std::io::stdout(), $($arg)*); }};
}

mod sim;

use chrono::{Datelike, NaiveDate};
use motcua::calendar::WorkCalendar;
use motcua::lunar::{self, LunarDate};
use motcua::{Error, Lang};
use serde_json::json;

struct Opts {
    json: bool,
    lang: Lang,
    enterprise: bool,
    leap: bool,
    args: Vec<String>,
}

fn parse_opts(raw: Vec<String>) -> Result<Opts, String> {
    let mut o = Opts {
        json: false,
        lang: Lang::Vi,
        enterprise: false,
        leap: false,
        args: Vec::new(),
    };
    let mut it = raw.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => o.json = true,
            "--enterprise" => o.enterprise = true,
            "--leap" => o.leap = true,
            "--lang" => {
                let v = it.next().ok_or("--lang needs vi or en")?;
                o.lang = Lang::parse(&v).ok_or(format!("unknown language {v:?}"))?;
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => o.args.push(a),
        }
    }
    Ok(o)
}

const SIM_USAGE: &str = "usage: motcua simulate [--seed N] [--dossiers N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group-by field|procedure|agency|total] [--granularity date|timestamp] [--lang vi|en] [--json]";

const USAGE: &str = "usage: motcua <calendar|lunar|solar|add|between|why|due|simulate> … [--json] [--lang vi|en] [--enterprise]";

fn main() -> ExitCode {
    let mut raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.is_empty() {
        raw.push("calendar".into());
    }
    let cmd = raw.remove(0);
    if cmd == "simulate" {
        return match sim::parse(&raw).and_then(|c| sim::run(&c)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("motcua simulate: {e}\n{SIM_USAGE}");
                ExitCode::from(2)
            }
        };
    }
    let opts = match parse_opts(raw) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match cmd.as_str() {
        "calendar" => cmd_calendar(&opts),
        "lunar" => cmd_lunar(&opts),
        "solar" => cmd_solar(&opts),
        "add" => cmd_add(&opts),
        "between" => cmd_between(&opts),
        "why" => cmd_why(&opts),
        "due" => cmd_due(&opts),
        "catalogue" => cmd_catalogue(&opts),
        "validate" => cmd_validate(&opts),
        "-h" | "--help" | "help" => {
            say!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(CliError::Usage(format!("unknown command {other:?}"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(m)) => {
            eprintln!("{m}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(CliError::Motcua(e)) => {
            if opts.json {
                say!(
                    "{}",
                    json!({"error": {"code": e.code(), "name": e.name(),
                        "message_vi": e.message(Lang::Vi), "message_en": e.message(Lang::En)}})
                );
            }
            eprintln!(
                "motcua: lỗi {} ({}): {}",
                e.code(),
                e.name(),
                e.message(opts.lang)
            );
            ExitCode::from(1)
        }
    }
}

enum CliError {
    Usage(String),
    Motcua(Error),
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::Motcua(e)
    }
}

fn arg<'a>(o: &'a Opts, i: usize, what: &str) -> Result<&'a str, CliError> {
    o.args
        .get(i)
        .map(String::as_str)
        .ok_or_else(|| CliError::Usage(format!("missing {what}")))
}

fn date_arg(o: &Opts, i: usize) -> Result<NaiveDate, CliError> {
    let s = arg(o, i, "date (YYYY-MM-DD)")?;
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| CliError::Usage(format!("{s:?} is not a date YYYY-MM-DD")))
}

fn num_arg<T: std::str::FromStr>(o: &Opts, i: usize, what: &str) -> Result<T, CliError> {
    let s = arg(o, i, what)?;
    s.parse()
        .map_err(|_| CliError::Usage(format!("{s:?} is not a valid {what}")))
}

fn calendar(o: &Opts) -> WorkCalendar {
    if o.enterprise {
        WorkCalendar::vietnam_enterprise()
    } else {
        WorkCalendar::vietnam_civil_service()
    }
}

fn lunar_text(l: &LunarDate) -> String {
    format!(
        "{:02}/{:02}{} năm {}",
        l.day,
        l.month,
        if l.leap { " (nhuận)" } else { "" },
        l.year
    )
}

fn cmd_calendar(o: &Opts) -> Result<(), CliError> {
    let year: i32 = match o.args.first() {
        Some(_) => num_arg(o, 0, "year")?,
        None => 2026,
    };
    let cal = calendar(o);
    let lang = o.lang;
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)
        .ok_or_else(|| CliError::Usage(format!("{year} is not a valid year")))?;
    cal.why(jan1)?; // a typed out-of-range error for a year the calendar does not cover
    let tet = lunar::tet(year)?;
    let hung = lunar::hung_kings_day(year)?;
    let days_off = cal.days_off(year);
    let make_up = cal.make_up_days(year);
    let working = cal.working_days_between(
        NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap_or(tet),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(tet),
    );
    if o.json {
        let doc = json!({
            "year": year,
            "audience": cal.audience(),
            "estimated": cal.is_estimated(year),
            "tet": tet,
            "lunar_year_name": lunar::year_name(year),
            "tet_lunar": lunar::solar_to_lunar(tet).ok(),
            "hung_kings_day": hung,
            "working_days": working.ok(),
            "days_off": days_off,
            "make_up_days": make_up,
        });
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    let title = lang.pick("Lịch làm việc năm", "Working calendar");
    let who = match (o.enterprise, lang) {
        (false, Lang::Vi) => "cán bộ, công chức, viên chức",
        (false, Lang::En) => "civil service",
        (true, Lang::Vi) => "người lao động (doanh nghiệp)",
        (true, Lang::En) => "employees (enterprise)",
    };
    say!("{title} {year} — {who}");
    if cal.is_estimated(year) {
        say!(
            "{}",
            lang.pick(
                "(dự kiến: chưa có thông báo chính thức cho năm này; tính theo quy định)",
                "(estimated: no official announcement loaded for this year; projected from the rules)"
            )
        );
    }
    say!(
        "{} {}: {} ({})",
        lang.pick("Tết Nguyên đán", "Lunar New Year (Tết)"),
        lunar::year_name(year),
        tet,
        weekday(tet, lang)
    );
    say!(
        "{}: {} ({})",
        lang.pick(
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
            "Hùng Kings' day (10/3 lunar)"
        ),
        hung,
        weekday(hung, lang)
    );
    if let Ok(n) = working {
        say!("{}: {n}", lang.pick("Số ngày làm việc", "Working days"));
    }
    say!();
    say!("{}:", lang.pick("Ngày nghỉ", "Days off"));
    for d in &days_off {
        let lunar = lunar::solar_to_lunar(d.date)
            .map(|l| lunar_text(&l))
            .unwrap_or_default();
        say!(
            "  {} {:<9} [{}]  {}",
            d.date,
            weekday(d.date, lang),
            lunar,
            d.reasons
                .iter()
                .map(|r| r.text(lang))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    say!();
    say!("{}:", lang.pick("Ngày làm bù", "Make-up working days"));
    if make_up.is_empty() {
        say!("  {}", lang.pick("(không có)", "(none)"));
    }
    for d in &make_up {
        say!(
            "  {} {:<9} {}",
            d.date,
            weekday(d.date, lang),
            d.reasons
                .iter()
                .map(|r| r.text(lang))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    Ok(())
}

fn weekday(d: NaiveDate, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => motcua::calendar::rules::weekday_vi(d.weekday()),
        Lang::En => motcua::calendar::rules::weekday_en(d.weekday()),
    }
}

fn cmd_lunar(o: &Opts) -> Result<(), CliError> {
    let d = date_arg(o, 0)?;
    let info = lunar::lunar_info(d)?;
    let l = info.date;
    if o.json {
        say!(
            "{}",
            json!({"solar": d, "lunar": l, "month_length": info.month_length,
            "leap_month_of_year": info.leap_month_of_year, "uncertain": info.uncertain,
            "year_name": lunar::year_name(l.year)})
        );
    } else {
        let warn = if info.uncertain {
            o.lang.pick(
                " (không chắc chắn: sóc gần nửa đêm)",
                " (uncertain: new moon near midnight)",
            )
        } else {
            ""
        };
        say!(
            "{d} → {} ({}){warn}",
            lunar_text(&l),
            lunar::year_name(l.year)
        );
    }
    Ok(())
}

fn cmd_solar(o: &Opts) -> Result<(), CliError> {
    let l = LunarDate {
        year: num_arg(o, 0, "year")?,
        month: num_arg(o, 1, "month")?,
        day: num_arg(o, 2, "day")?,
        leap: o.leap,
    };
    let d = lunar::lunar_to_solar(l)?;
    if o.json {
        say!("{}", json!({"lunar": l, "solar": d}));
    } else {
        say!("{} → {d}", lunar_text(&l));
    }
    Ok(())
}

fn cmd_add(o: &Opts) -> Result<(), CliError> {
    let d = date_arg(o, 0)?;
    let n: i64 = num_arg(o, 1, "number of working days")?;
    let r = calendar(o).add_working_days(d, n)?;
    if o.json {
        say!("{}", json!({"start": d, "working_days": n, "result": r}));
    } else {
        say!("{r}");
    }
    Ok(())
}

fn cmd_between(o: &Opts) -> Result<(), CliError> {
    let a = date_arg(o, 0)?;
    let b = date_arg(o, 1)?;
    let n = calendar(o).working_days_between(a, b)?;
    if o.json {
        say!("{}", json!({"from": a, "to": b, "working_days": n}));
    } else {
        say!("{n}");
    }
    Ok(())
}

fn cmd_why(o: &Opts) -> Result<(), CliError> {
    let d = date_arg(o, 0)?;
    let info = calendar(o).why(d)?;
    if o.json {
        say!("{}", serde_json::to_string(&info).unwrap_or_default());
    } else {
        say!("{}", info.explain(o.lang));
    }
    Ok(())
}

fn cmd_due(o: &Opts) -> Result<(), CliError> {
    use motcua::deadline::{DeadlinePolicy, TimeLimit, compute_due};
    let at_s = arg(o, 0, "receipt time YYYY-MM-DDTHH:MM")?;
    let at = chrono::NaiveDateTime::parse_from_str(at_s, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(at_s, "%Y-%m-%d %H:%M"))
        .map_err(|_| CliError::Usage(format!("{at_s:?} is not YYYY-MM-DDTHH:MM")))?;
    let limit = TimeLimit::from_json(arg(o, 1, "time limit JSON")?)?;
    let policy = match o.args.get(2) {
        Some(p) => DeadlinePolicy::from_json(p)?,
        None => DeadlinePolicy::default(),
    };
    let cal = calendar(o);
    let due = compute_due(at, &limit, &cal, &policy)?;
    let explanation = due.explain(&cal)?;
    if o.json {
        let doc = json!({"due": due, "explanation": explanation});
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        say!(
            "{}: {}",
            o.lang.pick("Hạn giải quyết theo luật", "Legal due date"),
            due.legal_due_date
        );
        say!(
            "{}: {}",
            o.lang.pick("Hẹn trả kết quả", "Appointment"),
            due.appointment_at.format("%H:%M %d/%m/%Y")
        );
        say!("{}", explanation.text(o.lang));
    }
    Ok(())
}

fn cmd_catalogue(o: &Opts) -> Result<(), CliError> {
    use motcua::procedure::Catalogue;
    let cat = Catalogue::try_vietnam_default()?;
    let lang = o.lang;
    if let Some(code) = o.args.first() {
        let p = cat
            .procedure(code)
            .ok_or_else(|| CliError::Usage(format!("no procedure {code:?} in the catalogue")))?;
        if o.json {
            say!("{}", serde_json::to_string_pretty(p).unwrap_or_default());
            return Ok(());
        }
        say!(
            "{} {}",
            p.code.as_deref().unwrap_or(&p.id),
            p.name.get(lang)
        );
        say!("  {}: {}", lang.pick("lĩnh vực", "field"), p.field);
        for v in &p.variants {
            say!(
                "  {} — {}: {} ({} {})",
                v.name.get(lang),
                lang.pick("thời hạn", "time limit"),
                v.time_limit.text(lang),
                v.documents.len(),
                lang.pick("thành phần hồ sơ", "documents")
            );
        }
        for s in cat.services_of(&p.id) {
            say!(
                "  {}: {}",
                lang.pick("dịch vụ công trực tuyến", "online service"),
                s.level
            );
        }
        if !p.forms.is_empty() {
            say!(
                "  {}: {}",
                lang.pick("biểu mẫu điện tử", "e-forms"),
                p.forms.join(", ")
            );
        }
        return Ok(());
    }
    let stats = cat.stats();
    if o.json {
        let procs: Vec<_> = cat
            .procedures()
            .iter()
            .map(|p| json!({"id": p.id, "code": p.code, "name": p.name.get(lang), "field": p.field, "forms": p.forms}))
            .collect();
        say!(
            "{}",
            serde_json::to_string_pretty(&json!({"stats": stats, "procedures": procs}))
                .unwrap_or_default()
        );
        return Ok(());
    }
    for p in cat.procedures() {
        let limits: Vec<String> = p.variants.iter().map(|v| v.time_limit.text(lang)).collect();
        say!(
            "{:<10} {:<24} {}  [{}]",
            p.code.as_deref().unwrap_or(&p.id),
            p.field,
            p.name.get(lang),
            limits.join("; ")
        );
    }
    say!();
    say!(
        "{}: {} · {}: {} · {}: {}",
        lang.pick("thủ tục", "procedures"),
        stats.procedures,
        lang.pick("có dịch vụ trực tuyến", "with an online service"),
        stats.procedures_online,
        lang.pick("dịch vụ công trực tuyến", "online services"),
        stats.services
    );
    for (level, n) in &stats.by_level {
        say!("  {level}: {n}");
    }
    Ok(())
}

fn cmd_validate(o: &Opts) -> Result<(), CliError> {
    use motcua::procedure::Catalogue;
    let cat = Catalogue::try_vietnam_default()?;
    let id = arg(o, 0, "form id")?;
    let form = cat
        .form(id)
        .ok_or_else(|| CliError::Usage(format!("no e-form {id:?} in the catalogue")))?;
    let report = form.validate_json(arg(o, 1, "form values JSON")?)?;
    if o.json {
        say!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else if report.violations.is_empty() {
        say!("{}", o.lang.pick("Hợp lệ.", "Valid."));
    } else {
        for v in &report.violations {
            say!(
                "{} [{}] {}",
                v.pointer,
                v.code,
                o.lang.pick(&v.message, &v.message_en)
            );
        }
    }
    Ok(())
}
