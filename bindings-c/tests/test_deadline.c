/* Deadlines through the C ABI: motcua_compute_due_json and the dossier clock (motcua_clock_*),
 * with hand-derived values of the 2026 civil-service calendar, then misuse: NULL everywhere,
 * invalid UTF-8, malformed/truncated/huge JSON, invalid limits, events out of order, and the
 * clock still working after every refused call. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "c/check.h"

#define NP MOTCUA_STATUS_NULL_POINTER
#define BAD MOTCUA_STATUS_INVALID_ARGUMENT
#define UTF8 MOTCUA_STATUS_INVALID_UTF8

/* An out-parameter value no successful call produces: it must survive every failed call. */
static char sentinel_char;
#define SENTINEL (&sentinel_char)

static motcua_status due(const motcua_calendar *cal, const char *at, const char *limit,
                         const char *policy, uint32_t lang, char **out) {
  return motcua_compute_due_json(cal, (const uint8_t *)at, strlen(at), (const uint8_t *)limit,
                                 strlen(limit), (const uint8_t *)policy,
                                 policy ? strlen(policy) : 0, lang, out);
}

static motcua_status apply(motcua_clock *clock, const motcua_calendar *cal, const char *event) {
  return motcua_clock_apply_json(clock, cal, (const uint8_t *)event, strlen(event));
}

static motcua_status status_at(const motcua_clock *clock, const motcua_calendar *cal,
                               const char *as_of, char **out) {
  return motcua_clock_status_json(clock, cal, (const uint8_t *)as_of, strlen(as_of), out);
}

/* Received Fri 13 Feb 2026 10:00, 1 working day: the Tết break runs Sat 14 - Sun 22 Feb, so
 * the legal due date is Mon 23 Feb and the slip shows its closing time, 17:00. */
static void tet_worked_case(const motcua_calendar *cal) {
  char *s = NULL;
  CHECK_OK(due(cal, "2026-02-13T10:00", "{\"working_days\":1}", NULL, MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-02-23\""));
  CHECK(contains(s, "\"appointment_at\":\"2026-02-23T17:00:00\""));
  CHECK(contains(s, "\"received_at\":\"2026-02-13T10:00:00\""));
  CHECK(contains(s, "\"limit\":{\"working_days\":1}"));
  CHECK(contains(s, "\"explanation\":{\"days\":[{\"date\":\"2026-02-13\",\"role\":\"receipt\""));
  CHECK(contains(s, "{\"date\":\"2026-02-23\",\"role\":\"counted\",\"working\":true,\"day_number\":1,\"is_due\":true"));
  CHECK(contains(s, "\"text\":\"Received: 2026-02-13 10:00"));
  CHECK(contains(s, "Lunar New Year"));
  CHECK(contains(s, "Legal due date: end of 2026-02-23"));
  motcua_string_free(s);

  /* The same in Vietnamese; an unknown language value falls back to Vietnamese; the seconds
   * form of the instant and an explicit empty policy give the same dates. */
  s = NULL;
  CHECK_OK(due(cal, "2026-02-13T10:00:00", "{\"working_days\":1}", "{}", MOTCUA_LANG_VI, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-02-23\""));
  CHECK(contains(s, "Hạn giải quyết theo luật: hết ngày 2026-02-23"));
  CHECK(contains(s, "Tết"));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(due(cal, "2026-02-13T10:00", "{\"working_days\":1}", NULL, 77, &s));
  CHECK(contains(s, "Tiếp nhận: 2026-02-13 10:00"));
  motcua_string_free(s);

  /* Policy length 0 means the default even with a non-NULL pointer. */
  s = NULL;
  CHECK_OK(motcua_compute_due_json(cal, S("2026-02-13T10:00"), S("{\"working_days\":1}"),
                                   (const uint8_t *)"garbage", 0, MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "\"appointment_at\":\"2026-02-23T17:00:00\""));
  motcua_string_free(s);
}

/* A same-day limit received on Wed 29 Apr 2026 at 15:30, after the 15:00 cut-off: due on the
 * next working day. Thu 30 Apr and Fri 1 May are holidays, 2-3 May the weekend: Mon 4 May.
 * Before the cut-off it is due the same day. */
static void same_day_cutoff(const motcua_calendar *cal) {
  char *s = NULL;
  CHECK_OK(due(cal, "2026-04-29T15:30", "{\"same_day\":{}}", NULL, MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-05-04\""));
  CHECK(contains(s, "\"appointment_at\":\"2026-05-04T17:00:00\""));
  CHECK(contains(s, "\"adjustments\":[{\"kind\":\"same_day_cutoff_passed\",\"cutoff\":\"15:00:00\"}]"));
  CHECK(contains(s, "Reunification"));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(due(cal, "2026-04-29T14:00", "{\"same_day\":{}}", NULL, MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-04-29\""));
  motcua_string_free(s);
  /* A cut-off in the limit itself. */
  s = NULL;
  CHECK_OK(due(cal, "2026-04-29T15:30", "{\"same_day\":{\"cutoff\":\"16:00:00\"}}", NULL,
               MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-04-29\""));
  motcua_string_free(s);
}

/* A 5-working-day dossier received Mon 2 Mar 2026 09:00; supplementation requested Tue 3,
 * the complete dossier back Thu 5. Default (restart): 5 working days again from Thu 5 ->
 * Thu 12 Mar. The pause view: 1 day used (Tue 3), 4 left from Thu 5 -> Wed 11 Mar. */
static void clock_supplementation(const motcua_calendar *cal) {
  motcua_clock *c = NULL;
  CHECK_OK(motcua_clock_new(S("{\"working_days\":5}"), NULL, 0, &c));
  CHECK(c != NULL);
  char *s = NULL;
  /* No event yet: no status (2007), and the clock is fine. */
  CHECK_STATUS(status_at(c, cal, "2026-03-02T10:00", &s), 2007);
  CHECK(s == NULL);

  CHECK_OK(apply(c, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  CHECK_OK(apply(c, cal, "{\"type\":\"supplement_requested\",\"at\":\"2026-03-03T09:00:00\",\"reason\":\"thiếu bản sao\"}"));

  /* While waiting: stopped, "if the dossier came back now" (Wed 4 10:00) -> Wed 11. */
  CHECK_OK(status_at(c, cal, "2026-03-04T10:00", &s));
  CHECK(contains(s, "\"state\":\"waiting_for_applicant\""));
  CHECK(contains(s, "\"semantics\":\"restart_full\",\"legal_due_date\":\"2026-03-11\""));
  CHECK(contains(s, "\"stopped\":true"));
  motcua_string_free(s);

  CHECK_OK(apply(c, cal, "{\"type\":\"supplement_fulfilled\",\"at\":\"2026-03-05T09:00:00\"}"));
  s = NULL;
  CHECK_OK(status_at(c, cal, "2026-03-05T12:00", &s));
  CHECK(contains(s, "\"state\":\"running\""));
  CHECK(contains(s, "\"semantics\":\"restart_full\",\"legal_due_date\":\"2026-03-12\",\"appointment_at\":\"2026-03-12T17:00:00\""));
  CHECK(contains(s, "\"semantics\":\"pause_and_resume\",\"legal_due_date\":\"2026-03-11\""));
  CHECK(contains(s, "\"within_notice\":true"));
  motcua_string_free(s);

  /* Finished Wed 11 at 16:00, before the appointment Thu 12 17:00: early. */
  CHECK_OK(apply(c, cal, "{\"type\":\"finished\",\"at\":\"2026-03-11T16:00:00\"}"));
  s = NULL;
  CHECK_OK(motcua_clock_assess_json(c, cal, S("2026-03-20T00:00"), &s));
  CHECK(contains(s, "\"against_current\":\"early\""));
  CHECK(contains(s, "\"supplement_requests\":1"));
  motcua_string_free(s);

  /* The event log replays into an identical clock. */
  char *events = NULL;
  CHECK_OK(motcua_clock_events_json(c, &events));
  CHECK(events != NULL && events[0] == '[');
  CHECK(contains(events, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  motcua_clock *r = NULL;
  if (events != NULL) {
    CHECK_OK(motcua_clock_replay_json(cal, S("{\"working_days\":5}"), NULL, 0,
                                      (const uint8_t *)events, strlen(events), &r));
  }
  char *a = NULL, *b = NULL;
  CHECK_OK(status_at(c, cal, "2026-03-06T08:00", &a));
  CHECK_OK(status_at(r, cal, "2026-03-06T08:00", &b));
  CHECK(a != NULL && b != NULL && strcmp(a, b) == 0);
  /* An earlier instant replays the prefix of the log: on Tue 3 at 08:00, the original due. */
  motcua_string_free(a);
  a = NULL;
  CHECK_OK(status_at(c, cal, "2026-03-03T08:00", &a));
  CHECK(contains(a, "\"semantics\":\"restart_full\",\"legal_due_date\":\"2026-03-09\""));
  motcua_string_free(a);
  motcua_string_free(b);
  motcua_string_free(events);
  motcua_clock_free(r);
  motcua_clock_free(c);
}

/* 2 working days from Mon 2 Mar 09:00: due Wed 4 17:00. An apology on Tue 3 (at least one
 * day before) re-appoints to Fri 6 17:00; a second one is refused (at most once). */
static void clock_extension(const motcua_calendar *cal) {
  motcua_clock *c = NULL;
  CHECK_OK(motcua_clock_new(S("{\"working_days\":2}"), S("{\"channel\":\"desk\"}"), &c));
  CHECK_OK(apply(c, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  CHECK_OK(apply(c, cal, "{\"type\":\"extended\",\"at\":\"2026-03-03T10:00:00\",\"new_appointment\":\"2026-03-06T17:00:00\",\"reason\":\"cần xác minh\"}"));
  char *s = NULL;
  CHECK_OK(status_at(c, cal, "2026-03-05T12:00", &s));
  CHECK(contains(s, "\"current\":{\"semantics\":\"restart_full\",\"legal_due_date\":\"2026-03-06\",\"appointment_at\":\"2026-03-06T17:00:00\",\"stopped\":false,\"extended\":true,\"overdue\":false"));
  CHECK(contains(s, "\"without_extension\":{\"semantics\":\"restart_full\",\"legal_due_date\":\"2026-03-04\",\"appointment_at\":\"2026-03-04T17:00:00\",\"stopped\":false,\"extended\":false,\"overdue\":true"));
  CHECK(contains(s, "\"previous_appointment\":\"2026-03-04T17:00:00\""));
  motcua_string_free(s);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"extended\",\"at\":\"2026-03-03T11:00:00\",\"new_appointment\":\"2026-03-09T17:00:00\"}"),
               MOTCUA_STATUS_DEADLINE_EXTENSION_NOT_ALLOWED);
  /* Refused: the clock is unchanged (two events) and still works. */
  char *events = NULL;
  CHECK_OK(motcua_clock_events_json(c, &events));
  CHECK(contains(events, "\"type\":\"extended\""));
  CHECK(!contains(events, "2026-03-09T17:00:00"));
  motcua_string_free(events);
  s = NULL;
  CHECK_OK(motcua_clock_assess_json(c, cal, S("2026-03-05T12:00"), &s));
  CHECK(contains(s, "\"against_current\":\"within_deadline\""));
  CHECK(contains(s, "\"against_original\":\"overdue\""));
  motcua_string_free(s);

  /* An apology on the due date itself is too late (2008). */
  motcua_clock *late = NULL;
  CHECK_OK(motcua_clock_new(S("{\"working_days\":2}"), NULL, 0, &late));
  CHECK_OK(apply(late, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  CHECK_STATUS(apply(late, cal, "{\"type\":\"extended\",\"at\":\"2026-03-04T09:00:00\",\"new_appointment\":\"2026-03-06T17:00:00\"}"),
               2008);
  motcua_clock_free(late);
  motcua_clock_free(c);
}

static void nulls(const motcua_calendar *cal) {
  char *s = SENTINEL;
  motcua_clock *c = NULL, *h = (motcua_clock *)SENTINEL;
  const uint8_t *L = (const uint8_t *)"{\"working_days\":1}";
  const size_t LL = strlen((const char *)L);
  const uint8_t *T = (const uint8_t *)"2026-03-02T09:00";
  const uint8_t *E = (const uint8_t *)"{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}";
  const size_t EL = strlen((const char *)E);
  CHECK_OK(motcua_clock_new(L, LL, NULL, 0, &c));

  CHECK_STATUS(motcua_compute_due_json(NULL, T, 16, L, LL, NULL, 0, 0, &s), NP);
  CHECK_STATUS(motcua_compute_due_json(cal, NULL, 16, L, LL, NULL, 0, 0, &s), NP);
  CHECK_STATUS(motcua_compute_due_json(cal, NULL, 0, L, LL, NULL, 0, 0, &s), NP);
  CHECK_STATUS(motcua_compute_due_json(cal, T, 16, NULL, LL, NULL, 0, 0, &s), NP);
  CHECK_STATUS(motcua_compute_due_json(cal, T, 16, L, LL, NULL, 5, 0, &s), NP);
  CHECK_STATUS(motcua_compute_due_json(cal, T, 16, L, LL, NULL, 0, 0, NULL), NP);
  CHECK(s == SENTINEL);

  CHECK_STATUS(motcua_clock_new(NULL, LL, NULL, 0, &h), NP);
  CHECK_STATUS(motcua_clock_new(L, LL, NULL, 3, &h), NP);
  CHECK_STATUS(motcua_clock_new(L, LL, NULL, 0, NULL), NP);
  CHECK_STATUS(motcua_clock_replay_json(NULL, L, LL, NULL, 0, S("[]"), &h), NP);
  CHECK_STATUS(motcua_clock_replay_json(cal, NULL, LL, NULL, 0, S("[]"), &h), NP);
  CHECK_STATUS(motcua_clock_replay_json(cal, L, LL, NULL, 1, S("[]"), &h), NP);
  CHECK_STATUS(motcua_clock_replay_json(cal, L, LL, NULL, 0, NULL, 2, &h), NP);
  CHECK_STATUS(motcua_clock_replay_json(cal, L, LL, NULL, 0, S("[]"), NULL), NP);
  CHECK(h == (motcua_clock *)SENTINEL);

  CHECK_STATUS(motcua_clock_apply_json(NULL, cal, E, EL), NP);
  CHECK_STATUS(motcua_clock_apply_json(c, NULL, E, EL), NP);
  CHECK_STATUS(motcua_clock_apply_json(c, cal, NULL, EL), NP);
  CHECK_OK(motcua_clock_apply_json(c, cal, E, EL));

  CHECK_STATUS(motcua_clock_status_json(NULL, cal, T, 16, &s), NP);
  CHECK_STATUS(motcua_clock_status_json(c, NULL, T, 16, &s), NP);
  CHECK_STATUS(motcua_clock_status_json(c, cal, NULL, 16, &s), NP);
  CHECK_STATUS(motcua_clock_status_json(c, cal, T, 16, NULL), NP);
  CHECK_STATUS(motcua_clock_assess_json(NULL, cal, T, 16, &s), NP);
  CHECK_STATUS(motcua_clock_assess_json(c, NULL, T, 16, &s), NP);
  CHECK_STATUS(motcua_clock_assess_json(c, cal, NULL, 16, &s), NP);
  CHECK_STATUS(motcua_clock_assess_json(c, cal, T, 16, NULL), NP);
  CHECK_STATUS(motcua_clock_events_json(NULL, &s), NP);
  CHECK_STATUS(motcua_clock_events_json(c, NULL), NP);
  CHECK(s == SENTINEL);

  /* Freeing NULL is a no-op; the clock still works after every refused call. */
  motcua_clock_free(NULL);
  s = NULL;
  CHECK_OK(motcua_clock_status_json(c, cal, T, 16, &s));
  CHECK(contains(s, "\"state\":\"running\""));
  motcua_string_free(s);
  motcua_clock_free(c);
}

static void bad_strings(const motcua_calendar *cal) {
  char *s = SENTINEL;
  motcua_clock *c = NULL, *h = (motcua_clock *)SENTINEL;
  const uint8_t bad_utf8[] = {'{', '"', 0xff, 0xfe, '"', ':', '1', '}'};
  /* A truncated 3-byte "ế" inside a valid-looking event. */
  const char truncated_utf8[] = "{\"type\":\"paused\",\"at\":\"2026-03-02T10:00:00\",\"reason\":\"thi\xe1\xbb\"}";
  const uint8_t bad_time[] = {'2', '0', '2', '6', 0xc0, 0xaf};

  CHECK_STATUS(motcua_compute_due_json(cal, bad_time, sizeof bad_time, S("{\"working_days\":1}"), NULL, 0, 0, &s), UTF8);
  CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), bad_utf8, sizeof bad_utf8, NULL, 0, 0, &s), UTF8);
  CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), S("{\"working_days\":1}"), bad_utf8, sizeof bad_utf8, 0, &s), UTF8);
  CHECK_STATUS(motcua_clock_new(bad_utf8, sizeof bad_utf8, NULL, 0, &h), UTF8);
  CHECK_STATUS(motcua_clock_replay_json(cal, S("{\"working_days\":1}"), NULL, 0, bad_utf8, sizeof bad_utf8, &h), UTF8);

  CHECK_OK(motcua_clock_new(S("{\"working_days\":1}"), NULL, 0, &c));
  CHECK_OK(apply(c, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  CHECK_STATUS(motcua_clock_apply_json(c, cal, (const uint8_t *)truncated_utf8, strlen(truncated_utf8)), UTF8);
  CHECK_STATUS(motcua_clock_status_json(c, cal, bad_time, sizeof bad_time, &s), UTF8);

  /* Malformed instants: wrong shape, impossible dates, zones, fractions, too long. */
  const char *instants[] = {"2026-03-02 09:00", "2026-3-02T09:00", "2026-02-30T09:00",
                            "2026-03-02T24:00", "2026-03-02T09:00Z", "2026-03-02T09:00:00.5",
                            "2026-03-02", "", "2026-03-02T09:00:60", " 2026-03-02T09:00",
                            "2026-03-02T09:00+07:00"};
  for (size_t i = 0; i < sizeof instants / sizeof *instants; i++) {
    CHECK_STATUS(due(cal, instants[i], "{\"working_days\":1}", NULL, 0, &s), BAD);
    CHECK_STATUS(status_at(c, cal, instants[i], &s), BAD);
  }
  CHECK(s == SENTINEL && h == (motcua_clock *)SENTINEL);

  s = NULL;
  CHECK_OK(status_at(c, cal, "2026-03-02T10:00", &s));
  motcua_string_free(s);
  motcua_clock_free(c);
}

static void bad_json(const motcua_calendar *cal) {
  char *s = SENTINEL;
  motcua_clock *h = (motcua_clock *)SENTINEL;
  const char *malformed[] = {"", "{", "{\"working_days\":", "{\"working_days\":1", "null",
                             "[]", "5", "\"working_days\"", "{\"weeks\":2}",
                             "{\"working_days\":\"1\"}", "{\"working_days\":1,\"months\":1}",
                             "{\"working_days\":1.5}", "{\"same_day\":{\"cutoff\":\"25:00\"}}"};
  for (size_t i = 0; i < sizeof malformed / sizeof *malformed; i++) {
    CHECK_STATUS(due(cal, "2026-03-02T09:00", malformed[i], NULL, 0, &s), MOTCUA_STATUS_DEADLINE_PARSE);
    CHECK_STATUS(motcua_clock_new((const uint8_t *)malformed[i], strlen(malformed[i]), NULL, 0, &h),
                 MOTCUA_STATUS_DEADLINE_PARSE);
  }
  /* Invalid limits are 2001, not parse errors. */
  const char *invalid[] = {"{\"working_days\":0}", "{\"working_days\":-3}",
                           "{\"calendar_days\":-1}", "{\"working_days\":100001}",
                           "{\"fractional_working_days\":0}", "{\"months\":0}"};
  for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) {
    CHECK_STATUS(due(cal, "2026-03-02T09:00", invalid[i], NULL, 0, &s), MOTCUA_STATUS_DEADLINE_INVALID_LIMIT);
    CHECK_STATUS(motcua_clock_new((const uint8_t *)invalid[i], strlen(invalid[i]), NULL, 0, &h),
                 MOTCUA_STATUS_DEADLINE_INVALID_LIMIT);
  }
  /* Policies: unknown field or value 2012, unusable value 2005, bad office hours 2002. */
  CHECK_STATUS(due(cal, "2026-03-02T09:00", "{\"working_days\":1}", "{\"channel\":\"fax\"}", 0, &s), 2012);
  CHECK_STATUS(due(cal, "2026-03-02T09:00", "{\"working_days\":1}", "{\"colour\":1}", 0, &s), 2012);
  CHECK_STATUS(due(cal, "2026-03-02T09:00", "{\"working_days\":1}", "{\"channel\":", 0, &s), 2012);
  CHECK_STATUS(due(cal, "2026-03-02T09:00", "{\"working_days\":1}",
                   "{\"appointment\":{\"working_hour_arithmetic\":{\"round_to_minutes\":90}}}", 0, &s), 2005);
  CHECK_STATUS(due(cal, "2026-03-02T09:00", "{\"working_days\":1}",
                   "{\"office_hours\":{\"default\":{\"morning\":{\"start\":\"11:00:00\",\"end\":\"08:00:00\"}}}}", 0, &s), 2002);
  /* Out of range: receipt outside the calendar 2003, due after its end 2004. */
  CHECK_STATUS(due(cal, "2250-01-01T10:00", "{\"working_days\":1}", NULL, 0, &s), 2003);
  CHECK_STATUS(due(cal, "2199-12-30T10:00", "{\"working_days\":10}", NULL, 0, &s), 2004);

  /* Huge documents: over 1 MiB refused before parsing; deep nesting is a parse error. */
  size_t n = MOTCUA_MAX_JSON_BYTES + 1;
  char *huge = malloc(n);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', n);
    huge[0] = '{';
    huge[n - 1] = '}';
    CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), (const uint8_t *)huge, n, NULL, 0, 0, &s), BAD);
    CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), S("{\"working_days\":1}"), (const uint8_t *)huge, n, 0, &s), BAD);
    CHECK_STATUS(motcua_clock_replay_json(cal, S("{\"working_days\":1}"), NULL, 0, (const uint8_t *)huge, n, &h), BAD);
    /* At the limit it is parsed: the truncated object (no closing brace) is malformed. */
    CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), (const uint8_t *)huge, n - 1, NULL, 0, 0, &s), 2012);
    memset(huge, '[', n - 1);
    CHECK_STATUS(motcua_clock_replay_json(cal, S("{\"working_days\":1}"), NULL, 0, (const uint8_t *)huge, 200000, &h), 2012);
    CHECK_STATUS(motcua_compute_due_json(cal, S("2026-03-02T09:00"), (const uint8_t *)huge, 200000, NULL, 0, 0, &s), 2012);
    free(huge);
  }
  /* An instant string far too long for one. */
  char long_time[200];
  memset(long_time, '9', sizeof long_time);
  CHECK_STATUS(motcua_compute_due_json(cal, (const uint8_t *)long_time, sizeof long_time, S("{\"working_days\":1}"), NULL, 0, 0, &s), BAD);
  CHECK(s == SENTINEL && h == (motcua_clock *)SENTINEL);
}

static void clock_misuse(const motcua_calendar *cal) {
  motcua_clock *c = NULL, *h = (motcua_clock *)SENTINEL;
  char *s = NULL;
  CHECK_OK(motcua_clock_new(S("{\"working_days\":2}"), NULL, 0, &c));
  /* The first event must be the receipt. */
  CHECK_STATUS(apply(c, cal, "{\"type\":\"finished\",\"at\":\"2026-03-02T09:00:00\"}"), 2007);
  CHECK_OK(apply(c, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"));
  /* Out of order (2006), resumed without a pause (2007), a second receipt (2007), an event
   * outside the calendar (2003), malformed events (2012), an array instead of one (2012). */
  CHECK_STATUS(apply(c, cal, "{\"type\":\"paused\",\"at\":\"2026-03-01T09:00:00\"}"),
               MOTCUA_STATUS_DEADLINE_EVENT_OUT_OF_ORDER);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"resumed\",\"at\":\"2026-03-02T10:00:00\"}"), 2007);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"received\",\"at\":\"2026-03-02T10:00:00\"}"), 2007);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"paused\",\"at\":\"2250-01-01T10:00:00\"}"), 2003);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"paused\"}"), 2012);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"paused\",\"at\":\"2026-03-02T10:00\"}"), 2012);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"teleported\",\"at\":\"2026-03-02T10:00:00\"}"), 2012);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"paused\",\"at\":\"2026-03-02T10:00:00\",\"extra\":1}"), 2012);
  CHECK_STATUS(apply(c, cal, "[{\"type\":\"paused\",\"at\":\"2026-03-02T10:00:00\"}]"), 2012);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"step_finished\",\"at\":\"2026-03-02T10:00:00\",\"step\":\"x\"}"), 2010);
  CHECK_STATUS(apply(c, cal, "{\"type\":\"step_started\",\"at\":\"2026-03-02T10:00:00\",\"step\":\"x\",\"budget\":{\"working_days\":3}}"), 2009);
  CHECK_STATUS(status_at(c, cal, "2026-03-01T08:00", &s), MOTCUA_STATUS_DEADLINE_BEFORE_RECEIPT);
  CHECK_STATUS(status_at(c, cal, "2250-01-01T08:00", &s), 2003);
  CHECK(s == NULL);

  /* After all of that the clock holds one event and still works. */
  char *events = NULL;
  CHECK_OK(motcua_clock_events_json(c, &events));
  CHECK(events != NULL && strcmp(events, "[{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}]") == 0);
  motcua_string_free(events);
  CHECK_OK(apply(c, cal, "{\"type\":\"paused\",\"at\":\"2026-03-02T10:00:00\"}"));
  CHECK_OK(apply(c, cal, "{\"type\":\"resumed\",\"at\":\"2026-03-03T10:00:00\"}"));
  CHECK_OK(status_at(c, cal, "2026-03-03T11:00", &s));
  CHECK(contains(s, "\"state\":\"running\""));
  motcua_string_free(s);

  /* Replay reports the first bad event and creates nothing. */
  CHECK_STATUS(motcua_clock_replay_json(cal, S("{\"working_days\":2}"), NULL, 0,
                                        S("[{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"},"
                                          "{\"type\":\"finished\",\"at\":\"2026-03-01T09:00:00\"}]"),
                                        &h),
               2006);
  CHECK_STATUS(motcua_clock_replay_json(cal, S("{\"working_days\":2}"), NULL, 0, S("{\"type\":"), &h), 2012);
  CHECK(h == (motcua_clock *)SENTINEL);
  /* One object is accepted as a one-event log; an empty log is a clock not yet received. */
  CHECK_OK(motcua_clock_replay_json(cal, S("{\"working_days\":2}"), NULL, 0,
                                    S("{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}"), &h));
  motcua_clock_free(h);
  h = NULL;
  CHECK_OK(motcua_clock_replay_json(cal, S("{\"working_days\":2}"), NULL, 0, S("[]"), &h));
  CHECK_STATUS(status_at(h, cal, "2026-03-03T11:00", &s), 2007);
  motcua_clock_free(h);
  motcua_clock_free(c);
}

/* Many threads read one clock (const functions) and one calendar at once. */
struct reader_args {
  const motcua_clock *clock;
  const motcua_calendar *cal;
  int ok;
};

static void *reader(void *p) {
  struct reader_args *a = p;
  a->ok = 1;
  for (int i = 0; i < 50; i++) {
    char *s = NULL;
    if (motcua_clock_status_json(a->clock, a->cal, S("2026-03-05T12:00"), &s) != MOTCUA_STATUS_OK ||
        !contains(s, "\"legal_due_date\":\"2026-03-12\""))
      a->ok = 0;
    motcua_string_free(s);
  }
  return NULL;
}

static void concurrent_reads(const motcua_calendar *cal) {
  motcua_clock *c = NULL;
  CHECK_OK(motcua_clock_replay_json(cal, S("{\"working_days\":5}"), NULL, 0,
                                    S("[{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"},"
                                      "{\"type\":\"supplement_requested\",\"at\":\"2026-03-03T09:00:00\"},"
                                      "{\"type\":\"supplement_fulfilled\",\"at\":\"2026-03-05T09:00:00\"}]"),
                                    &c));
  enum { N = 4 };
  pthread_t t[N];
  struct reader_args args[N];
  for (int i = 0; i < N; i++) {
    args[i].clock = c;
    args[i].cal = cal;
    args[i].ok = 0;
    CHECK(pthread_create(&t[i], NULL, reader, &args[i]) == 0);
  }
  for (int i = 0; i < N; i++) {
    CHECK(pthread_join(t[i], NULL) == 0);
    CHECK(args[i].ok == 1);
  }
  motcua_clock_free(c);
}

static void status_names(void) {
  CHECK(strcmp(motcua_status_name(2001), "deadline.invalid_limit") == 0);
  CHECK(strcmp(motcua_status_name(MOTCUA_STATUS_DEADLINE_PARSE), "deadline.parse") == 0);
  char msg[256];
  size_t len = 0;
  CHECK_OK(motcua_status_message(2006, MOTCUA_LANG_EN, msg, sizeof msg, &len));
  CHECK(contains(msg, "earlier than the previous event"));
  CHECK_OK(motcua_status_message(2006, MOTCUA_LANG_VI, msg, sizeof msg, &len));
  CHECK(contains(msg, "Sự kiện"));
}

int main(void) {
  motcua_calendar *civil = NULL, *ent = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&civil));
  CHECK_OK(motcua_calendar_new_enterprise(&ent));

  tet_worked_case(civil);
  same_day_cutoff(civil);
  clock_supplementation(civil);
  clock_extension(civil);
  nulls(civil);
  bad_strings(civil);
  bad_json(civil);
  clock_misuse(civil);
  concurrent_reads(civil);
  status_names();

  /* The enterprise calendar has no civil-service swap: 21 Aug + 1 working day is Mon 24 Aug. */
  char *s = NULL;
  CHECK_OK(due(ent, "2026-08-21T09:00", "{\"working_days\":1}", NULL, 0, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-08-24\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(due(civil, "2026-08-21T09:00", "{\"working_days\":1}", NULL, 0, &s));
  CHECK(contains(s, "\"legal_due_date\":\"2026-08-22\""));
  motcua_string_free(s);

  motcua_calendar_free(civil);
  motcua_calendar_free(ent);
  return report();
}
