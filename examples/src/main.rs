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
//! ```
//! `RECEIVED` is Vietnam local time `YYYY-MM-DDTHH:MM`; `LIMIT` and `POLICY` are JSON
//! (`'{"working_days": 5}'`, `'{"channel": "online"}'`; see `core/schema/`).
//! With `--json` each command prints one JSON document on stdout. Errors go to stderr with
//! their stable code, in Vietnamese (default) or English, and the exit status is 1 (2 for a
//! usage error).

use std::io::Write;
use std::process::ExitCode;

/// `println!` that ignores a closed stdout (`motcua … | head` must not panic).
macro_rules! say {
    () => {{ let _ = writeln!(std::io::stdout()); }};
    ($($arg:tt)*) => {{ let _ = writeln!(std::io::stdout(), $($arg)*); }};
}

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

const USAGE: &str = "usage: motcua <calendar|lunar|solar|add|between|why|due> … [--json] [--lang vi|en] [--enterprise]";

fn main() -> ExitCode {
    let mut raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.is_empty() {
        raw.push("calendar".into());
    }
    let cmd = raw.remove(0);
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
            "leap_month_of_year": info.leap_month_of_year, "uncertain": info.uncertain})
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
