// Type-checked (never run) against the generated package's hand-written declarations by
// .ci/run (`tsc --noEmit --strict`): the declarations compile, and typical calls type-check.
import init, {
  computeDue,
  timeLimitText,
  clockApply,
  clockAssess,
  clockStatus,
  addWorkingDays,
  solarToLunar,
  WorkCalendar,
  Catalogue,
  procedure,
  procedures,
  services,
  catalogueStats,
  formSpec,
  dossierContext,
  serviceLevels,
  validateForm,
  formJsonSchema,
  CompiledForm,
  solarToLunarBatch,
  lunarToSolarBatch,
  validateCccd,
  validateMst,
  dossierNew,
  dossierApply,
  dossierCheck,
  dossierState,
  dossierVerify,
  dossierReplay,
  reportBieu06,
  type Clock,
  type Command,
  type DossierContext,
  type DossierLog,
  type CheckReport,
  type FormReport,
  type FormSpec,
  type Procedure,
  type ReportParams,
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
  const limitWords: string = timeLimitText(sameDay, 'en');
  void limitWords;
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

  // Catalogue, forms, identifiers.
  const birth: Procedure | null = procedure('1.001193');
  days.push(birth?.name.vi ?? '', String(catalogueStats().procedures));
  const civil: Procedure[] = procedures({ field: 'ho_tich', level: 'toàn trình' });
  days.push(String(civil.length), String(services({ agency: 'H55' }).length), String(serviceLevels().levels.length));
  const spec: FormSpec | null = formSpec('1.001193');
  const report: FormReport = validateForm(spec ?? { procedure: '1.001193' }, { kinh_gui: 'UBND' });
  for (const v of report.violations) days.push(`${v.pointer} ${v.code} ${v.severity} ${v.message_en}`);
  validateForm({ id: 'x', fields: [{ name: 'mst', type: 'text', format: 'mst' }] }, '{"mst":"0100109106"}');
  const compiled = CompiledForm.compile({ procedure: '1.001193' });
  const again: FormReport = compiled.validate({ kinh_gui: 'UBND' });
  const schema: Record<string, unknown> = formJsonSchema({ form: compiled.id });
  days.push(String(again.valid), String(schema['$schema']), String(compiled.jsonSchema()['type']));
  compiled.free();
  const lunarPacked: Int32Array = solarToLunarBatch(Int32Array.of(20260217, 20230322));
  const solarPacked: Int32Array = lunarToSolarBatch(lunarPacked);
  days.push(String(lunarPacked[0]), String(solarPacked.indexOf(0)));
  days.push(String(validateCccd('001099012345').birth_year), validateMst('0100109106-001').normalized);
  const custom = Catalogue.fromJson({ version: 't', procedures: [] });
  days.push(custom.version, String(custom.stats().services), String(custom.procedures().length));
  custom.free();

  // Dossiers and reports.
  const ctx: DossierContext = dossierContext({ procedure: '1.001193', receiving_agency: '000.01.21.H40', on: '2026-03-02' });
  const create: Command = {
    at: '2026-03-02T08:00:00',
    actor: { id: 'cb01', role: 'desk_officer', agency: '000.01.21.H40' },
    command: { type: 'create', channel: 'desk', applicant: { id: '001099012345', name: 'Nguyễn Văn A' } },
  };
  let log: DossierLog = dossierNew('hs-1');
  const check: CheckReport = dossierCheck(log, create, ctx);
  days.push(String(check.allowed), check.next_status ?? 'none', check.rejection?.guard ?? 'none');
  const applied = dossierApply(log, create, ctx);
  log = applied.log;
  days.push(applied.event.event.type, dossierState(log, { as_of: '2026-03-02T09:00' }).state.status);
  const v = dossierVerify(log);
  days.push(String(v.valid), v.problem?.tamper ?? 'none', dossierReplay('hs-1', log.events).head);
  const params: ReportParams = { from: '2026-03-01', to: '2026-03-31', group_by: 'agency' };
  const r = reportBieu06({ logs: [log] }, params);
  days.push(String(r.bieu06.total.received.total), String(r.rates.total.on_time_rate ?? '-'));
  return days;
}
