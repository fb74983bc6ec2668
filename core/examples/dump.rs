use motcua::calendar::WorkCalendar;
fn main() {
    let cal = WorkCalendar::vietnam_civil_service();
    let y: i32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2026);
    for d in cal.days_off(y) { println!("{}", d.explain(motcua::Lang::Vi)); }
    for d in cal.make_up_days(y) { println!("{}", d.explain(motcua::Lang::En)); }
}
