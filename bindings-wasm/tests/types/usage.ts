// Type-checked (never run) against the generated package's hand-written declarations by
// .ci/run (`tsc --noEmit --strict`): the declarations compile, and typical calls type-check.
import init, {
  computeDue,
  clockApply,
  clockAssess,
  clockStatus,
  addWorkingDays,
  solarToLunar,
  WorkCalendar,
  type Clock,
  type ClockEvent,
  type DeadlinePolicy,
  type Due,
  type MotcuaError,
  type TimeLimit,
} from '../../../target/pkg-web/motcua_wasm.js';

export async function usage(): Promise<string[]> {
  await init();
  const limit: TimeLimit = { working_days: 1 };
  const policy: DeadlinePolicy = { channel: 'online', appointment: { working_hour_arithmetic: { round_to_minutes: 15 } } };
  const due: Due = computeDue('2026-02-13T10:00', limit, policy, 'en');
  const days: string[] = due.explanation.days.map((d) => `${d.date} ${d.role}`);
  const sameDay: TimeLimit = { same_day: {} };
  computeDue('2026-04-29T15:30', sameDay);
  let clock: Clock = { limit: { working_days: 5 } };
  const received: ClockEvent = { type: 'received', at: '2026-03-02T09:00:00' };
  clock = clockApply(clock, received);
  clock = clockApply(clock, { type: 'extended', at: '2026-03-03T10:00:00', new_appointment: '2026-03-06T17:00:00' });
  const s = clockStatus(clock, '2026-03-05T12:00');
  const overdue: boolean = s.current.overdue || s.without_extension.overdue;
  const a = clockAssess(clock, '2026-03-05T12:00');
  const verdict: string = a.against_current;
  const cal = WorkCalendar.enterprise();
  const d2: string = cal.computeDue('2026-08-21T09:00', { calendar_days: 10 }).legal_due_date;
  cal.clockStatus(clock, '2026-03-05T12:00');
  cal.free();
  try {
    addWorkingDays('2199-12-30', 10);
  } catch (e) {
    const err = e as MotcuaError;
    days.push(`${err.code} ${err.name} ${err.messageEn}`);
  }
  days.push(String(overdue), verdict, d2, String(solarToLunar('2026-02-17').leap));
  return days;
}
