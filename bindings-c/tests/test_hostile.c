/* Hostile 10 MB inputs through every document-taking entry point of the C ABI (issue 8).
 *
 * Five shapes of 10,000,000 bytes or more: one JSON string value of 10 MB, 10 MB of `[`
 * (nesting), an array of small objects, printable garbage that is not JSON, and the string
 * shape with an invalid UTF-8 sequence near its end (so a validator has to read it all).
 * Each shape goes into each document argument of each entry point, the other arguments being
 * valid. Every call must return the documented status with its numeric code, write no
 * out-parameter, leak nothing (valgrind in CI), and the entry point must still give the right
 * answer to a normal call right after. The elapsed time of each call is printed; no time is
 * asserted. */
#define _POSIX_C_SOURCE 199309L

#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "c/catalogues.h"
#include "c/check.h"

#define TEN_MB 10000000u

#define STR(s) (const uint8_t *)(s), strlen(s)

/* Statuses expected for the 10 MB documents. */
#define TOO_BIG MOTCUA_STATUS_INVALID_ARGUMENT /* over the binding's own limit, before reading */
#define UTF8 MOTCUA_STATUS_INVALID_UTF8

enum { STRING, NESTED, ARRAY, GARBAGE, BAD_UTF8, N_SHAPES };
static const char *const SHAPE_NAMES[N_SHAPES] = {"string", "nested", "array", "garbage", "bad_utf8"};
static uint8_t *g_doc[N_SHAPES];
static size_t g_len[N_SHAPES];

static char sentinel_char;
#define SENTINEL (&sentinel_char)

/* Set when a refused call wrote an out-parameter (what it wrote is freed). */
static int g_wrote = 0;

static void no_string_out(char *s) {
  if (s != SENTINEL) {
    g_wrote = 1;
    motcua_string_free(s);
  }
}

/* `st` is OK and `*sp` contains `needle`; frees `*sp`. (A pointer: the call that gives `st`
 * writes `*sp`, and C does not order the evaluation of arguments.) */
static int ok_with(motcua_status st, char **sp, const char *needle) {
  char *s = *sp;
  int ok = st == MOTCUA_STATUS_OK && contains(s, needle);
  if (!ok) fprintf(stderr, "  normal call: status %u, result %.200s\n", (unsigned)st, s ? s : "(null)");
  if (st == MOTCUA_STATUS_OK) motcua_string_free(s);
  return ok;
}

/* ------------------------------------------------------------------ the 10 MB documents */

static uint8_t *alloc_doc(size_t cap) {
  uint8_t *p = malloc(cap);
  if (p == NULL) {
    fprintf(stderr, "out of memory\n");
    exit(2);
  }
  return p;
}

static void make_docs(void) {
  /* {"value":"xxx…x"}: exactly TEN_MB bytes. */
  static const char head[] = "{\"value\":\"";
  size_t n = TEN_MB;
  uint8_t *p = alloc_doc(n);
  memcpy(p, head, sizeof head - 1);
  memset(p + sizeof head - 1, 'x', n - (sizeof head - 1) - 2);
  memcpy(p + n - 2, "\"}", 2);
  g_doc[STRING] = p;
  g_len[STRING] = n;

  /* [[[[…: TEN_MB opening brackets. */
  p = alloc_doc(TEN_MB);
  memset(p, '[', TEN_MB);
  g_doc[NESTED] = p;
  g_len[NESTED] = TEN_MB;

  /* [{"a":1},{"a":1},…]: at least TEN_MB bytes. */
  static const char item[] = "{\"a\":1}";
  p = alloc_doc(TEN_MB + 16);
  n = 0;
  p[n++] = '[';
  for (;;) {
    memcpy(p + n, item, sizeof item - 1);
    n += sizeof item - 1;
    if (n >= TEN_MB - 1) break;
    p[n++] = ',';
  }
  p[n++] = ']';
  g_doc[ARRAY] = p;
  g_len[ARRAY] = n;

  /* Printable ASCII noise (valid UTF-8, not JSON), from a fixed xorshift seed. */
  p = alloc_doc(TEN_MB);
  uint32_t x = 2463534242u;
  for (size_t i = 0; i < TEN_MB; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    p[i] = (uint8_t)(0x20 + x % 95);
  }
  g_doc[GARBAGE] = p;
  g_len[GARBAGE] = TEN_MB;

  /* The string shape with a truncated two-byte sequence (0xC3 then '"') before its end. */
  p = alloc_doc(g_len[STRING]);
  memcpy(p, g_doc[STRING], g_len[STRING]);
  p[g_len[STRING] - 3] = 0xC3;
  g_doc[BAD_UTF8] = p;
  g_len[BAD_UTF8] = g_len[STRING];
}

/* ------------------------------------------------------------------ shared valid inputs */

static motcua_calendar *g_cal = NULL;
static motcua_catalogue *g_cat = NULL;
static motcua_clock *g_clock = NULL; /* received 2026-03-02T09:00, 5 working days */
static char *g_clock_events = NULL;  /* its event log, to check that refused events change nothing */
static char *g_log = NULL;           /* a new dossier "hs-1" */
static char *g_log_created = NULL;   /* the same after its `create` command */

static const char LIMIT[] = "{\"working_days\":5}";
static const char POLICY[] = "{\"channel\":\"desk\"}";
static const char EVENTS[] = "[{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}]";
static const char RECEIVED[] = "{\"type\":\"received\",\"at\":\"2026-03-02T09:00:00\"}";
static const char AS_OF[] = "2026-03-03T09:00";
#define AGENCY "000.00.01.H40"
static const char CONTEXT[] =
    "{\"procedure\":\"1.001193\",\"field\":\"ho_tich\",\"time_limit\":{\"working_days\":3},"
    "\"required_documents\":[\"tp1\",\"tp2\"],\"receiving_agency\":\"" AGENCY "\","
    "\"resolving_agency\":\"" AGENCY "\"}";
static const char CREATE[] =
    "{\"at\":\"2026-03-02T08:00:00\",\"actor\":{\"id\":\"cb01\",\"role\":\"desk_officer\","
    "\"agency\":\"" AGENCY "\"},\"command\":{\"type\":\"create\",\"channel\":\"desk\","
    "\"applicant\":{\"id\":\"001099012345\",\"name\":\"Nguyễn Văn A\"}}}";
static const char SPEC[] = "{\"id\":\"x\",\"fields\":[{\"name\":\"a\",\"type\":\"text\"}]}";
static const char VALUES[] = "{\"a\":\"b\"}";
static const char FILTER[] = "{\"procedure\":\"1.001193\"}";
static const char REQUEST[] =
    "{\"procedure\":\"1.001193\",\"receiving_agency\":\"000.01.21.H40\",\"on\":\"2026-03-02\"}";
static const char REPORT_INPUT[] = "{\"summaries\":[]}";
static const char PARAMS[] = "{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}";
static const char SWAP_2030[] =
    "{\"year\": 2030, \"scope\": \"civil_service\", \"source\": {\"document\": \"test 1/TEST\"},"
    " \"days_off\": [{\"date\": \"2030-06-14\", \"kind\": \"swap\", \"swapped_with\": \"2030-06-22\"}],"
    " \"working_days\": [{\"date\": \"2030-06-22\", \"replaces\": \"2030-06-14\"}]}";

static void setup(void) {
  char *ev = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&g_cal));
  CHECK_OK(motcua_catalogue_new_default(&g_cat));
  CHECK_OK(motcua_clock_new(S(LIMIT), NULL, 0, &g_clock));
  CHECK_OK(motcua_clock_apply_json(g_clock, g_cal, S(RECEIVED)));
  CHECK_OK(motcua_clock_events_json(g_clock, &g_clock_events));
  CHECK_OK(motcua_dossier_new_json(S("hs-1"), &g_log));
  CHECK_OK(motcua_dossier_apply_json(g_cal, S(CONTEXT), STR(g_log), S(CREATE), &g_log_created, &ev));
  motcua_string_free(ev);
  if (g_cal == NULL || g_cat == NULL || g_clock == NULL || g_clock_events == NULL || g_log == NULL ||
      g_log_created == NULL) {
    fprintf(stderr, "setup failed\n");
    exit(report());
  }
}

static void teardown(void) {
  motcua_calendar_free(g_cal);
  motcua_catalogue_free(g_cat);
  motcua_clock_free(g_clock);
  motcua_string_free(g_clock_events);
  motcua_string_free(g_log);
  motcua_string_free(g_log_created);
  for (int i = 0; i < N_SHAPES; i++) free(g_doc[i]);
}

/* ------------------------------------------------------------------ the hostile calls */
/* Each passes the document `d`/`n` in one argument, valid values in the others, and
 * sentinels as out-parameters (g_wrote is set if one is overwritten). */

#define CALL_OUT(call)  \
  do {                  \
    char *out = SENTINEL; \
    motcua_status st_ = (call); \
    no_string_out(out); \
    return st_;         \
  } while (0)

static motcua_status h_announcements(const uint8_t *d, size_t n) {
  motcua_calendar *out = (motcua_calendar *)(void *)SENTINEL;
  motcua_status st = motcua_calendar_with_announcements_json(g_cal, d, n, &out);
  if (out != (motcua_calendar *)(void *)SENTINEL) {
    g_wrote = 1;
    motcua_calendar_free(out);
  }
  return st;
}
static motcua_status h_due_received(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_compute_due_json(g_cal, d, n, S(LIMIT), NULL, 0, MOTCUA_LANG_EN, &out));
}
static motcua_status h_due_limit(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_compute_due_json(g_cal, S("2026-02-13T10:00"), d, n, NULL, 0, MOTCUA_LANG_EN, &out));
}
static motcua_status h_due_policy(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_compute_due_json(g_cal, S("2026-02-13T10:00"), S(LIMIT), d, n, MOTCUA_LANG_EN, &out));
}
static motcua_status clock_out(motcua_status st, motcua_clock *out) {
  if (out != (motcua_clock *)(void *)SENTINEL) {
    g_wrote = 1;
    motcua_clock_free(out);
  }
  return st;
}
static motcua_status h_clock_new_limit(const uint8_t *d, size_t n) {
  motcua_clock *out = (motcua_clock *)(void *)SENTINEL;
  return clock_out(motcua_clock_new(d, n, NULL, 0, &out), out);
}
static motcua_status h_clock_new_policy(const uint8_t *d, size_t n) {
  motcua_clock *out = (motcua_clock *)(void *)SENTINEL;
  return clock_out(motcua_clock_new(S(LIMIT), d, n, &out), out);
}
static motcua_status h_replay_limit(const uint8_t *d, size_t n) {
  motcua_clock *out = (motcua_clock *)(void *)SENTINEL;
  return clock_out(motcua_clock_replay_json(g_cal, d, n, NULL, 0, S(EVENTS), &out), out);
}
static motcua_status h_replay_policy(const uint8_t *d, size_t n) {
  motcua_clock *out = (motcua_clock *)(void *)SENTINEL;
  return clock_out(motcua_clock_replay_json(g_cal, S(LIMIT), d, n, S(EVENTS), &out), out);
}
static motcua_status h_replay_events(const uint8_t *d, size_t n) {
  motcua_clock *out = (motcua_clock *)(void *)SENTINEL;
  return clock_out(motcua_clock_replay_json(g_cal, S(LIMIT), NULL, 0, d, n, &out), out);
}
static motcua_status h_clock_apply(const uint8_t *d, size_t n) {
  motcua_status st = motcua_clock_apply_json(g_clock, g_cal, d, n);
  /* The clock is the out-parameter: its events must be unchanged. */
  char *now = NULL;
  if (motcua_clock_events_json(g_clock, &now) != MOTCUA_STATUS_OK || strcmp(now, g_clock_events) != 0)
    g_wrote = 1;
  motcua_string_free(now);
  return st;
}
static motcua_status h_clock_status(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_clock_status_json(g_clock, g_cal, d, n, &out));
}
static motcua_status h_clock_assess(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_clock_assess_json(g_clock, g_cal, d, n, &out));
}
static motcua_status h_dossier_new(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_new_json(d, n, &out));
}
static motcua_status apply_out(motcua_status st, char *log, char *ev) {
  no_string_out(log);
  no_string_out(ev);
  return st;
}
static motcua_status h_apply_context(const uint8_t *d, size_t n) {
  char *log = SENTINEL, *ev = SENTINEL;
  return apply_out(motcua_dossier_apply_json(g_cal, d, n, STR(g_log), S(CREATE), &log, &ev), log, ev);
}
static motcua_status h_apply_log(const uint8_t *d, size_t n) {
  char *log = SENTINEL, *ev = SENTINEL;
  return apply_out(motcua_dossier_apply_json(g_cal, S(CONTEXT), d, n, S(CREATE), &log, &ev), log, ev);
}
static motcua_status h_apply_command(const uint8_t *d, size_t n) {
  char *log = SENTINEL, *ev = SENTINEL;
  return apply_out(motcua_dossier_apply_json(g_cal, S(CONTEXT), STR(g_log), d, n, &log, &ev), log, ev);
}
static motcua_status h_state_log(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_state_json(g_cal, d, n, NULL, 0, &out));
}
static motcua_status h_state_options(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_state_json(g_cal, STR(g_log_created), d, n, &out));
}
static motcua_status h_verify(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_verify_json(d, n, &out));
}
static motcua_status h_dossier_replay_id(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_replay_json(g_cal, d, n, S("[]"), &out));
}
static motcua_status h_dossier_replay_events(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_dossier_replay_json(g_cal, S("hs-1"), d, n, &out));
}
static motcua_status h_form_spec(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_form_validate_json(d, n, S(VALUES), &out));
}
static motcua_status h_form_values(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_form_validate_json(S(SPEC), d, n, &out));
}
static motcua_status h_cat_form_key(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_form_validate_json(g_cat, d, n, S("{}"), &out));
}
static motcua_status h_cat_form_values(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_form_validate_json(g_cat, S("1.001193"), d, n, &out));
}
#define VALIDATOR(fn) \
  static motcua_status h_##fn(const uint8_t *d, size_t n) { CALL_OUT(motcua_##fn(d, n, &out)); }
VALIDATOR(validate_cccd)
VALIDATOR(validate_cmnd)
VALIDATOR(validate_personal_id)
VALIDATOR(validate_mst)
VALIDATOR(validate_mobile)
VALIDATOR(validate_fixed_phone)
VALIDATOR(validate_phone)
VALIDATOR(validate_email)
VALIDATOR(validate_agency_code)
VALIDATOR(validate_dossier_code)
static motcua_status h_cat_from_json(const uint8_t *d, size_t n) {
  motcua_catalogue *out = (motcua_catalogue *)(void *)SENTINEL;
  motcua_status st = motcua_catalogue_from_json(d, n, &out);
  if (out != (motcua_catalogue *)(void *)SENTINEL) {
    g_wrote = 1;
    motcua_catalogue_free(out);
  }
  return st;
}
static motcua_status h_cat_problems(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_problems_json(d, n, &out));
}
static motcua_status h_cat_procedure(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_procedure_json(g_cat, d, n, &out));
}
static motcua_status h_cat_query(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_query_json(g_cat, d, n, &out));
}
static motcua_status h_cat_form_spec(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_form_spec_json(g_cat, d, n, &out));
}
static motcua_status h_cat_context(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_catalogue_dossier_context_json(g_cat, d, n, &out));
}
static motcua_status h_report_input(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_report_bieu06_json(g_cal, d, n, S(PARAMS), &out));
}
static motcua_status h_report_params(const uint8_t *d, size_t n) {
  CALL_OUT(motcua_report_bieu06_json(g_cal, S(REPORT_INPUT), d, n, &out));
}

/* ------------------------------------------------------------------ normal calls after */
/* Each calls the same entry point with valid input and checks the answer. */

static int n_announcements(void) {
  motcua_calendar *next = NULL;
  uint8_t w = 9;
  int ok = motcua_calendar_with_announcements_json(g_cal, S(SWAP_2030), &next) == MOTCUA_STATUS_OK &&
           motcua_calendar_is_working_day(next, D(2030, 6, 22), &w) == MOTCUA_STATUS_OK && w == 1;
  motcua_calendar_free(next);
  return ok;
}
static int n_due(void) {
  char *s = NULL;
  /* Received Fri 13 Feb 2026, 1 working day: the Tết break runs to Sun 22 Feb. */
  return ok_with(motcua_compute_due_json(g_cal, S("2026-02-13T10:00"), S("{\"working_days\":1}"), S(POLICY),
                                         MOTCUA_LANG_EN, &s),
                 &s, "\"legal_due_date\":\"2026-02-23\"");
}
static int n_clock_new(void) {
  motcua_clock *c = NULL;
  char *s = NULL;
  int ok = motcua_clock_new(S(LIMIT), S(POLICY), &c) == MOTCUA_STATUS_OK &&
           ok_with(motcua_clock_events_json(c, &s), &s, "[]");
  motcua_clock_free(c);
  return ok;
}
static int n_clock_replay(void) {
  motcua_clock *c = NULL;
  char *s = NULL;
  /* Received Mon 2 Mar 2026 09:00, 5 working days: due Mon 9 Mar. */
  int ok = motcua_clock_replay_json(g_cal, S(LIMIT), S(POLICY), S(EVENTS), &c) == MOTCUA_STATUS_OK &&
           ok_with(motcua_clock_status_json(c, g_cal, S(AS_OF), &s), &s, "\"legal_due_date\":\"2026-03-09\"");
  motcua_clock_free(c);
  return ok;
}
static int n_clock_apply(void) {
  motcua_clock *c = NULL;
  char *s = NULL;
  int ok = motcua_clock_new(S(LIMIT), NULL, 0, &c) == MOTCUA_STATUS_OK &&
           motcua_clock_apply_json(c, g_cal, S(RECEIVED)) == MOTCUA_STATUS_OK &&
           ok_with(motcua_clock_events_json(c, &s), &s, "\"type\":\"received\"");
  motcua_clock_free(c);
  return ok;
}
static int n_clock_status(void) {
  char *s = NULL;
  return ok_with(motcua_clock_status_json(g_clock, g_cal, S(AS_OF), &s), &s, "\"legal_due_date\":\"2026-03-09\"");
}
static int n_clock_assess(void) {
  char *s = NULL;
  return ok_with(motcua_clock_assess_json(g_clock, g_cal, S(AS_OF), &s), &s, "\"against_current\":\"within_deadline\"");
}
static int n_dossier_new(void) {
  char *s = NULL;
  return ok_with(motcua_dossier_new_json(S("hs-2"), &s), &s, "\"dossier\":\"hs-2\",\"length\":0");
}
static int n_apply(void) {
  char *log = NULL, *ev = NULL;
  motcua_status st = motcua_dossier_apply_json(g_cal, S(CONTEXT), STR(g_log), S(CREATE), &log, &ev);
  int ok = st == MOTCUA_STATUS_OK && contains(log, "\"length\":1") && contains(ev, "\"type\":\"created\"");
  if (st == MOTCUA_STATUS_OK) {
    motcua_string_free(log);
    motcua_string_free(ev);
  }
  return ok;
}
static int n_state(void) {
  char *s = NULL;
  return ok_with(motcua_dossier_state_json(g_cal, STR(g_log_created), S("{\"as_of\":\"2026-03-02T08:30\"}"), &s), &s,
                 "\"status\":\"draft\"");
}
static int n_verify(void) {
  char *s = NULL;
  return ok_with(motcua_dossier_verify_json(STR(g_log_created), &s), &s, "\"valid\":true");
}
static int n_dossier_replay(void) {
  char *s = NULL;
  return ok_with(motcua_dossier_replay_json(g_cal, S("hs-1"), S("[]"), &s), &s, "\"dossier\":\"hs-1\",\"length\":0");
}
static int n_form(void) {
  char *s = NULL;
  return ok_with(motcua_form_validate_json(S(SPEC), S(VALUES), &s), &s, "\"valid\":true");
}
static int n_cat_form(void) {
  char *s = NULL;
  /* The birth registration form with nothing filled in: a report of missing fields. */
  return ok_with(motcua_catalogue_form_validate_json(g_cat, S("1.001193"), S("{}"), &s), &s, "\"valid\":false");
}
#define NORMAL(fn, value, needle) \
  static int n_##fn(void) { char *s = NULL; return ok_with(motcua_##fn(S(value), &s), &s, needle); }
NORMAL(validate_cccd, "001099012345", "\"province\":\"Hà Nội\"")
NORMAL(validate_cmnd, "012345678", "\"number\":\"012345678\"")
NORMAL(validate_personal_id, "012345678", "\"type\":\"cmnd\"")
NORMAL(validate_mst, "0100109106-001", "\"kind\":\"branch\"")
NORMAL(validate_mobile, "0912345678", "\"e164\":\"+84912345678\"")
NORMAL(validate_fixed_phone, "02438253536", "\"kind\":\"fixed\"")
NORMAL(validate_phone, "0912345678", "\"kind\":\"mobile\"")
NORMAL(validate_email, "Cong.Dan@Example.VN", "\"normalized\":\"Cong.Dan@example.vn\"")
NORMAL(validate_agency_code, "H55.242", "\"level1\":\"H55\"")
NORMAL(validate_dossier_code, "000.01.21.H40-260423-0001", "\"date\":\"2026-04-23\"")
static int n_cat_from_json(void) {
  motcua_catalogue *c = NULL;
  char *s = NULL;
  int ok = motcua_catalogue_from_json(S(ONE_PROCEDURE_CATALOGUE), &c) == MOTCUA_STATUS_OK &&
           ok_with(motcua_catalogue_stats_json(c, &s), &s, "\"version\":\"t1\"");
  motcua_catalogue_free(c);
  return ok;
}
static int n_cat_problems(void) {
  char *s = NULL;
  return ok_with(motcua_catalogue_problems_json(S(ONE_PROCEDURE_CATALOGUE), &s), &s, "\"valid\":true");
}
static int n_cat_procedure(void) {
  char *s = NULL;
  return ok_with(motcua_catalogue_procedure_json(g_cat, S("1.001193"), &s), &s, "Đăng ký khai sinh");
}
static int n_cat_query(void) {
  char *s = NULL;
  return ok_with(motcua_catalogue_query_json(g_cat, S(FILTER), &s), &s, "\"code\":\"1.001193\"");
}
static int n_cat_form_spec(void) {
  char *s = NULL;
  return ok_with(motcua_catalogue_form_spec_json(g_cat, S("1.001193"), &s), &s, "\"fields\":[");
}
static int n_cat_context(void) {
  char *s = NULL;
  return ok_with(motcua_catalogue_dossier_context_json(g_cat, S(REQUEST), &s), &s, "\"procedure\":\"1.001193\"");
}
static int n_report(void) {
  char *s = NULL;
  return ok_with(motcua_report_bieu06_json(g_cal, S(REPORT_INPUT), S(PARAMS), &s), &s,
                 "\"received\":{\"total\":0,");
}

/* ------------------------------------------------------------------ the table */

typedef struct {
  const char *name; /* entry point (argument) */
  motcua_status (*call)(const uint8_t *, size_t);
  motcua_status expect[N_SHAPES];
  int (*normal)(void);
} entry;

#define ALL(code) {code, code, code, code, code}
/* A limit of the core, after the binding's UTF-8 check. */
#define CORE(code) {code, code, code, code, UTF8}

static const entry ENTRIES[] = {
    {"calendar_with_announcements_json(json)", h_announcements, CORE(MOTCUA_STATUS_CALENDAR_INPUT_TOO_LARGE), n_announcements},
    {"compute_due_json(received_at)", h_due_received, ALL(TOO_BIG), n_due},
    {"compute_due_json(limit_json)", h_due_limit, ALL(TOO_BIG), n_due},
    {"compute_due_json(policy_json)", h_due_policy, ALL(TOO_BIG), n_due},
    {"clock_new(limit_json)", h_clock_new_limit, ALL(TOO_BIG), n_clock_new},
    {"clock_new(policy_json)", h_clock_new_policy, ALL(TOO_BIG), n_clock_new},
    {"clock_replay_json(limit_json)", h_replay_limit, ALL(TOO_BIG), n_clock_replay},
    {"clock_replay_json(policy_json)", h_replay_policy, ALL(TOO_BIG), n_clock_replay},
    {"clock_replay_json(events_json)", h_replay_events, ALL(TOO_BIG), n_clock_replay},
    {"clock_apply_json(event_json)", h_clock_apply, ALL(TOO_BIG), n_clock_apply},
    {"clock_status_json(as_of)", h_clock_status, ALL(TOO_BIG), n_clock_status},
    {"clock_assess_json(as_of)", h_clock_assess, ALL(TOO_BIG), n_clock_assess},
    {"dossier_new_json(id)", h_dossier_new, ALL(TOO_BIG), n_dossier_new},
    {"dossier_apply_json(context_json)", h_apply_context, ALL(TOO_BIG), n_apply},
    {"dossier_apply_json(log_json)", h_apply_log, ALL(TOO_BIG), n_apply},
    {"dossier_apply_json(command_json)", h_apply_command, ALL(TOO_BIG), n_apply},
    {"dossier_state_json(log_json)", h_state_log, ALL(TOO_BIG), n_state},
    {"dossier_state_json(options_json)", h_state_options, ALL(TOO_BIG), n_state},
    {"dossier_verify_json(log_json)", h_verify, ALL(TOO_BIG), n_verify},
    {"dossier_replay_json(id)", h_dossier_replay_id, ALL(TOO_BIG), n_dossier_replay},
    {"dossier_replay_json(events_json)", h_dossier_replay_events, ALL(TOO_BIG), n_dossier_replay},
    {"form_validate_json(spec)", h_form_spec, CORE(MOTCUA_STATUS_FORM_TOO_MANY_BYTES), n_form},
    {"form_validate_json(values)", h_form_values, CORE(MOTCUA_STATUS_FORM_TOO_MANY_BYTES), n_form},
    {"catalogue_form_validate_json(key)", h_cat_form_key, ALL(TOO_BIG), n_cat_form},
    {"catalogue_form_validate_json(values)", h_cat_form_values, CORE(MOTCUA_STATUS_FORM_TOO_MANY_BYTES), n_cat_form},
    {"validate_cccd(value)", h_validate_cccd, CORE(MOTCUA_STATUS_FORM_CCCD_FORMAT), n_validate_cccd},
    {"validate_cmnd(value)", h_validate_cmnd, CORE(MOTCUA_STATUS_FORM_CMND_FORMAT), n_validate_cmnd},
    {"validate_personal_id(value)", h_validate_personal_id, CORE(MOTCUA_STATUS_FORM_PERSONAL_ID_FORMAT), n_validate_personal_id},
    {"validate_mst(value)", h_validate_mst, CORE(MOTCUA_STATUS_FORM_MST_FORMAT), n_validate_mst},
    {"validate_mobile(value)", h_validate_mobile, CORE(MOTCUA_STATUS_FORM_MOBILE_FORMAT), n_validate_mobile},
    {"validate_fixed_phone(value)", h_validate_fixed_phone, CORE(MOTCUA_STATUS_FORM_FIXED_PHONE_FORMAT), n_validate_fixed_phone},
    {"validate_phone(value)", h_validate_phone, CORE(MOTCUA_STATUS_FORM_PHONE_FORMAT), n_validate_phone},
    {"validate_email(value)", h_validate_email, CORE(MOTCUA_STATUS_FORM_EMAIL_FORMAT), n_validate_email},
    {"validate_agency_code(value)", h_validate_agency_code, CORE(MOTCUA_STATUS_FORM_AGENCY_CODE_FORMAT), n_validate_agency_code},
    {"validate_dossier_code(value)", h_validate_dossier_code, CORE(MOTCUA_STATUS_FORM_DOSSIER_CODE_FORMAT), n_validate_dossier_code},
    {"catalogue_from_json(json)", h_cat_from_json, CORE(MOTCUA_STATUS_PROCEDURE_CATALOGUE_TOO_LARGE), n_cat_from_json},
    {"catalogue_problems_json(json)", h_cat_problems, CORE(MOTCUA_STATUS_PROCEDURE_CATALOGUE_TOO_LARGE), n_cat_problems},
    {"catalogue_procedure_json(code)", h_cat_procedure, ALL(TOO_BIG), n_cat_procedure},
    {"catalogue_query_json(filter)", h_cat_query, ALL(TOO_BIG), n_cat_query},
    {"catalogue_form_spec_json(key)", h_cat_form_spec, ALL(TOO_BIG), n_cat_form_spec},
    {"catalogue_dossier_context_json(request)", h_cat_context, ALL(TOO_BIG), n_cat_context},
    {"report_bieu06_json(input_json)", h_report_input, CORE(MOTCUA_STATUS_REPORT_INVALID_PARAMETER), n_report},
    {"report_bieu06_json(params_json)", h_report_params, ALL(TOO_BIG), n_report},
};

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(void) {
  make_docs();
  setup();
  for (int i = 0; i < N_SHAPES; i++) CHECK(g_len[i] >= TEN_MB);

  double slowest = 0.0;
  const char *slowest_name = "";
  size_t n_entries = sizeof ENTRIES / sizeof ENTRIES[0];
  printf("%-42s %-9s %6s %10s\n", "entry point (argument)", "shape", "status", "ms");
  for (size_t e = 0; e < n_entries; e++) {
    const entry *en = &ENTRIES[e];
    for (int sh = 0; sh < N_SHAPES; sh++) {
      g_wrote = 0;
      double t0 = now_ms();
      motcua_status st = en->call(g_doc[sh], g_len[sh]);
      double ms = now_ms() - t0;
      printf("%-42s %-9s %6u %10.3f\n", en->name, SHAPE_NAMES[sh], (unsigned)st, ms);
      if (ms > slowest) {
        slowest = ms;
        slowest_name = en->name;
      }
      if (st != en->expect[sh])
        fprintf(stderr, "%s, %s: status %u (%s), expected %u (%s)\n", en->name, SHAPE_NAMES[sh], (unsigned)st,
                motcua_status_name(st), (unsigned)en->expect[sh], motcua_status_name(en->expect[sh]));
      CHECK(st == en->expect[sh]);
      if (g_wrote) fprintf(stderr, "%s, %s: an out-parameter was written\n", en->name, SHAPE_NAMES[sh]);
      CHECK(!g_wrote);
      /* Every refusal has a name and messages in both languages. */
      size_t len = 0;
      CHECK(strcmp(motcua_status_name(st), "unknown") != 0);
      CHECK(motcua_status_message(st, MOTCUA_LANG_VI, NULL, 0, &len) == MOTCUA_STATUS_BUFFER_TOO_SMALL && len > 0);
      CHECK(motcua_status_message(st, MOTCUA_LANG_EN, NULL, 0, &len) == MOTCUA_STATUS_BUFFER_TOO_SMALL && len > 0);
    }
    /* The entry point still answers a normal call correctly. */
    int ok = en->normal();
    if (!ok) fprintf(stderr, "%s: the normal call after the hostile ones failed\n", en->name);
    CHECK(ok);
  }
  printf("%zu entry points (arguments) x %d shapes; slowest call %.3f ms (%s)\n", n_entries, N_SHAPES, slowest,
         slowest_name);

  /* The library as a whole still works: the calendar, and a due date. */
  motcua_date d = D(1, 1, 1);
  CHECK_OK(motcua_calendar_add_working_days(g_cal, D(2026, 2, 13), 1, &d));
  CHECK(same_date(d, D(2026, 2, 23)));
  CHECK(n_due());
  teardown();
  return report();
}
