/* Dossiers and reports through the C ABI, on a serialised log: a birth registration received
 * at the desk on Mon 2 Mar 2026 (3 working days: due Thu 5 Mar), supplementation requested
 * on Tue 3 Mar and supplied on Wed 4 Mar (the period restarts: due Mon 9 Mar), approved on
 * Fri 6 Mar (early), returned on Mon 9 Mar; its state, portal status and deadlines; verify
 * naming an edited event; replay; a context from the catalogue; the Biểu 06 report over the
 * log and over its stored summary. Then misuse: NULL everywhere, invalid UTF-8, malformed,
 * truncated and huge JSON, a log from another dossier, commands from the wrong role and
 * agency, terminal states, and the log still usable after every rejection. */
#include <stdint.h>
#include <stdlib.h>

#include "c/check.h"

#define NP MOTCUA_STATUS_NULL_POINTER
#define BAD MOTCUA_STATUS_INVALID_ARGUMENT
#define UTF8 MOTCUA_STATUS_INVALID_UTF8

#define STR(s) (const uint8_t *)(s), strlen(s)

static char sentinel_char;
#define SENTINEL (&sentinel_char)

#define AGENCY "000.00.01.H40"
static const char CONTEXT[] =
    "{\"procedure\":\"1.001193\",\"field\":\"ho_tich\",\"time_limit\":{\"working_days\":3},"
    "\"required_documents\":[\"tp1\",\"tp2\"],\"receiving_agency\":\"" AGENCY "\","
    "\"resolving_agency\":\"" AGENCY "\"}";
#define DESK "{\"id\":\"cb01\",\"role\":\"desk_officer\",\"agency\":\"" AGENCY "\"}"
#define OFFICER "{\"id\":\"cv01\",\"role\":\"processing_officer\",\"agency\":\"" AGENCY "\"}"
#define APPROVER "{\"id\":\"ld01\",\"role\":\"approver\",\"agency\":\"" AGENCY "\"}"
#define APPLICANT "{\"id\":\"001099012345\",\"role\":\"applicant\"}"

/* A command document in `buf`. */
static const char *cmd(char *buf, size_t n, const char *at, const char *actor, const char *command) {
  snprintf(buf, n, "{\"at\":\"%s\",\"actor\":%s,\"command\":%s}", at, actor, command);
  return buf;
}

/* Applies a command; on success replaces *log (freeing the old one) and returns the event in
 * *event (or frees it when `event` is NULL). On failure *log is untouched. */
static motcua_status step(const motcua_calendar *cal, char **log, const char *at, const char *actor,
                          const char *command, char **event) {
  char buf[2048];
  char *next = NULL, *ev = NULL;
  cmd(buf, sizeof buf, at, actor, command);
  motcua_status st = motcua_dossier_apply_json(cal, S(CONTEXT), STR(*log), STR(buf), &next, &ev);
  if (st == MOTCUA_STATUS_OK) {
    motcua_string_free(*log);
    *log = next;
    if (event) *event = ev;
    else motcua_string_free(ev);
  } else {
    CHECK(next == NULL && ev == NULL);
  }
  return st;
}

/* What a command would do (motcua_dossier_check_json); the caller frees the report. */
static char *check_cmd(const motcua_calendar *cal, const char *log, const char *at, const char *actor,
                       const char *command) {
  char buf[2048];
  char *r = NULL;
  cmd(buf, sizeof buf, at, actor, command);
  CHECK_OK(motcua_dossier_check_json(cal, S(CONTEXT), STR(log), STR(buf), &r));
  return r;
}

/* Replaces the first occurrence of `from` by `to` (same length) in a copy of `s`. */
static char *edited(const char *s, const char *from, const char *to) {
  char *copy = malloc(strlen(s) + 1);
  if (copy == NULL) return NULL;
  strcpy(copy, s);
  char *p = strstr(copy, from);
  if (p != NULL) memcpy(p, to, strlen(to));
  return copy;
}

static char *state(const motcua_calendar *cal, const char *log, const char *options) {
  char *s = NULL;
  motcua_status st = motcua_dossier_state_json(cal, STR(log), (const uint8_t *)options,
                                               options ? strlen(options) : 0, &s);
  CHECK_OK(st);
  return s;
}

/* The whole life of one dossier; leaves its final log in *logp. */
static void lifecycle(const motcua_calendar *cal, char **logp) {
  char *ev = NULL, *s = NULL;
#define log (*logp)
  CHECK_OK(motcua_dossier_new_json(S("hs-2026-0001"), &log));
  CHECK(contains(log, "{\"format\":\"motcua.dossier.v1\",\"dossier\":\"hs-2026-0001\",\"length\":0,"));

  CHECK_OK(step(cal, &log, "2026-03-02T08:00:00", DESK,
                "{\"type\":\"create\",\"channel\":\"desk\",\"applicant\":{\"id\":\"001099012345\","
                "\"name\":\"Nguyễn Văn A\"}}",
                &ev));
  CHECK(contains(ev, "\"seq\":0,\"dossier\":\"hs-2026-0001\""));
  CHECK(contains(ev, "\"type\":\"created\""));
  CHECK(contains(ev, "\"prev\":\"0000000000000000000000000000000000000000000000000000000000000000\""));
  motcua_string_free(ev);
  s = state(cal, log, NULL);
  CHECK(contains(s, "\"status\":\"draft\""));
  CHECK(contains(s, "\"portal_status\":null"));
  CHECK(contains(s, "\"clock\":null"));
  motcua_string_free(s);

  /* Acceptance needs the whole checklist: tp2 is missing (guard, 5004). */
  CHECK_OK(step(cal, &log, "2026-03-02T08:05:00", DESK, "{\"type\":\"submit\",\"documents\":[\"tp1\"]}", NULL));
  CHECK_STATUS(step(cal, &log, "2026-03-02T08:08:00", DESK,
                    "{\"type\":\"accept\",\"code\":\"" AGENCY "-260302-0001\"}", NULL),
               MOTCUA_STATUS_DOSSIER_GUARD);
  /* The same command through check: the guard, its legal basis, the message naming tp2. */
  {
    char *before = malloc(strlen(log) + 1);
    CHECK(before != NULL);
    if (before != NULL) strcpy(before, log);
    s = check_cmd(cal, log, "2026-03-02T08:08:00", DESK, "{\"type\":\"accept\",\"code\":\"" AGENCY "-260302-0001\"}");
    CHECK(contains(s, "\"allowed\":false,\"status\":\"submitted\",\"next_status\":null,\"event\":null"));
    CHECK(contains(s, "\"rejection\":{\"code\":5004,\"name\":\"dossier.guard\",\"guard\":\"complete_checklist\""));
    CHECK(contains(s, "\"legal_basis\":\"Decree 61/2018/NĐ-CP Art. 17"));
    CHECK(contains(s, "tp2"));
    motcua_string_free(s);
    /* An allowed command: the event it would append; the log is not changed. */
    s = check_cmd(cal, log, "2026-03-02T08:09:00", DESK,
                  "{\"type\":\"request_supplement_at_desk\",\"missing\":[\"tp2\"],\"reason\":\"Thiếu giấy chứng sinh\"}");
    CHECK(contains(s, "\"allowed\":true,\"status\":\"submitted\",\"next_status\":\"supplement_requested_at_desk\""));
    CHECK(contains(s, "\"type\":\"supplement_requested_at_desk\""));
    CHECK(contains(s, "\"rejection\":null"));
    motcua_string_free(s);
    CHECK(before != NULL && strcmp(before, log) == 0);
    free(before);
    /* Bad input is a status, as for apply; `out` is not written. */
    char *r = SENTINEL;
    CHECK_STATUS(motcua_dossier_check_json(cal, S(CONTEXT), STR(log), S("{\"at\":"), &r), MOTCUA_STATUS_DOSSIER_PARSE);
    CHECK(r == SENTINEL);
    CHECK_STATUS(motcua_dossier_check_json(cal, S(CONTEXT), STR(log), S("{}"), NULL), NP);
    CHECK_STATUS(motcua_dossier_check_json(NULL, S(CONTEXT), STR(log), S("{}"), &r), NP);
    CHECK_STATUS(motcua_dossier_check_json(cal, S(CONTEXT), STR(log), (const uint8_t *)"\xff", 1, &r), UTF8);
    CHECK(r == SENTINEL);
  }
  CHECK_OK(step(cal, &log, "2026-03-02T08:09:00", DESK,
                "{\"type\":\"request_supplement_at_desk\",\"missing\":[\"tp2\"],\"reason\":\"Thiếu giấy chứng sinh\"}",
                NULL));
  CHECK_OK(step(cal, &log, "2026-03-02T08:09:30", DESK, "{\"type\":\"resubmit\",\"documents\":[\"tp2\"]}", NULL));
  /* A code of another day is refused (guard). */
  CHECK_STATUS(step(cal, &log, "2026-03-02T08:10:00", DESK,
                    "{\"type\":\"accept\",\"code\":\"" AGENCY "-260301-0001\"}", NULL),
               MOTCUA_STATUS_DOSSIER_GUARD);
  /* Received Mon 2 Mar 08:10, 3 working days (Tue 3, Wed 4, Thu 5): due Thu 5 Mar, 17:00. */
  CHECK_OK(step(cal, &log, "2026-03-02T08:10:00", DESK,
                "{\"type\":\"accept\",\"code\":\"" AGENCY "-260302-0001\"}", &ev));
  CHECK(contains(ev, "\"type\":\"accepted\""));
  CHECK(contains(ev, "\"legal_due_date\":\"2026-03-05\",\"appointment_at\":\"2026-03-05T17:00:00\""));
  motcua_string_free(ev);
  s = state(cal, log, NULL);
  CHECK(contains(s, "\"status\":\"received\""));
  CHECK(contains(s, "\"portal_status\":2"));
  CHECK(contains(s, "\"code\":\"" AGENCY "-260302-0001\""));
  CHECK(contains(s, "\"clock\":{"));
  motcua_string_free(s);

  /* Wrong role: a desk officer may not approve (5001 in this state, 5002 in processing). */
  CHECK_OK(step(cal, &log, "2026-03-02T09:00:00", OFFICER, "{\"type\":\"assign\",\"officer\":\"cv01\"}", NULL));
  CHECK_STATUS(step(cal, &log, "2026-03-02T09:30:00", DESK,
                    "{\"type\":\"approve\",\"result\":{\"number\":\"1\",\"name\":\"Giấy khai sinh\"}}", NULL),
               MOTCUA_STATUS_DOSSIER_FORBIDDEN);
  /* Wrong agency: an approver of another agency. */
  CHECK_STATUS(step(cal, &log, "2026-03-02T09:30:00",
                    "{\"id\":\"ld9\",\"role\":\"approver\",\"agency\":\"000.00.02.H40\"}",
                    "{\"type\":\"approve\",\"result\":{\"number\":\"1\",\"name\":\"Giấy khai sinh\"}}", NULL),
               MOTCUA_STATUS_DOSSIER_WRONG_AGENCY);
  /* Time going backwards. */
  CHECK_STATUS(step(cal, &log, "2026-03-02T08:59:00", OFFICER,
                    "{\"type\":\"request_supplement\",\"missing\":[\"tp2\"],\"reason\":\"x\"}", NULL),
               MOTCUA_STATUS_DOSSIER_TIMESTAMP_BACKWARDS);

  /* Supplementation within 3 working days of receipt; the clock stops. */
  CHECK_OK(step(cal, &log, "2026-03-03T10:00:00", OFFICER,
                "{\"type\":\"request_supplement\",\"missing\":[\"tp2\"],\"reason\":\"Bản sao chưa chứng thực\"}",
                &ev));
  CHECK(contains(ev, "\"within_notice\":true"));
  motcua_string_free(ev);
  s = state(cal, log, NULL);
  CHECK(contains(s, "\"status\":\"supplement_requested\""));
  CHECK(contains(s, "\"portal_status\":5"));
  CHECK(contains(s, "\"stopped\":true"));
  motcua_string_free(s);
  /* The applicant supplies it Wed 4 Mar 09:00: the period restarts from the complete dossier
   * (Decree 61/2018 Art. 19(4)): Thu 5, Fri 6, Mon 9 → due Mon 9 Mar 17:00. */
  CHECK_OK(step(cal, &log, "2026-03-04T09:00:00", APPLICANT, "{\"type\":\"supplement\",\"documents\":[\"tp2\"]}", &ev));
  CHECK(contains(ev, "\"legal_due_date\":\"2026-03-09\""));
  motcua_string_free(ev);
  /* Approved Fri 6 Mar: early against both the current and the original due. */
  CHECK_OK(step(cal, &log, "2026-03-06T15:00:00", APPROVER,
                "{\"type\":\"approve\",\"result\":{\"number\":\"123/GKS\",\"name\":\"Giấy khai sinh\"}}", &ev));
  CHECK(contains(ev, "\"against_current\":\"early\""));
  motcua_string_free(ev);
  CHECK_OK(step(cal, &log, "2026-03-09T08:00:00", DESK, "{\"type\":\"return_result\"}", NULL));

  s = state(cal, log, NULL);
  CHECK(contains(s, "\"length\":10,"));
  CHECK(contains(s, "\"status\":\"returned\""));
  CHECK(contains(s, "\"status_label\":\"đã trả kết quả\""));
  CHECK(contains(s, "\"portal_status\":10"));
  CHECK(contains(s, "\"supplement_requests\":1"));
  CHECK(contains(s, "\"due\":{\"legal_due_date\":\"2026-03-09\",\"appointment_at\":\"2026-03-09T17:00:00\""));
  CHECK(contains(s, "\"original_due\":{\"legal_due_date\":\"2026-03-05\""));
  CHECK(contains(s, "\"against_current\":\"early\""));
  CHECK(contains(s, "\"summary\":{\"procedure\":\"1.001193\",\"field\":\"ho_tich\""));
  CHECK(contains(s, "\"sync\":{\"MaHoSo\":\"" AGENCY "-260302-0001\""));
  CHECK(contains(s, "\"NgayTiepNhan\":\"20260302081000\""));
  motcua_string_free(s);
  /* As of an earlier instant, with another portal mapping. */
  s = state(cal, log, "{\"as_of\":\"2026-03-03T09:00\",\"status_mapping\":{\"returned\":9}}");
  CHECK(contains(s, "\"as_of\":\"2026-03-03T09:00:00\""));
  CHECK(contains(s, "\"portal_status\":9"));
  motcua_string_free(s);

  /* Terminal: nothing more is accepted. */
  CHECK_STATUS(step(cal, &log, "2026-03-10T08:00:00", APPLICANT, "{\"type\":\"request_withdrawal\"}", NULL),
               MOTCUA_STATUS_DOSSIER_INVALID_TRANSITION);
#undef log
}

static void verify_and_replay(const motcua_calendar *cal, const char *log) {
  char *s = NULL;
  CHECK_OK(motcua_dossier_verify_json(STR(log), &s));
  CHECK(contains(s, "{\"valid\":true,\"dossier\":\"hs-2026-0001\",\"length\":10,"));
  CHECK(contains(s, "\"problem\":null}"));
  motcua_string_free(s);

  /* An edited event: the officer assigned in event #5 (the first "cv01") becomes "cv02". */
  char *bad = edited(log, "\"officer\":\"cv01\"", "\"officer\":\"cv02\"");
  s = NULL;
  CHECK_OK(motcua_dossier_verify_json(STR(bad), &s));
  CHECK(contains(s, "{\"valid\":false,"));
  CHECK(contains(s, "\"problem\":{\"code\":5008,\"name\":\"dossier.tampered\",\"index\":5,\"tamper\":\"edited\""));
  motcua_string_free(s);
  /* The other functions refuse it (5008), writing nothing. */
  s = SENTINEL;
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(bad), NULL, 0, &s), MOTCUA_STATUS_DOSSIER_TAMPERED);
  CHECK(s == SENTINEL);
  free(bad);
  /* A removed event (the log keeps its declared length). */
  bad = edited(log, "\"length\":10,", "\"length\":11,");
  s = NULL;
  CHECK_OK(motcua_dossier_verify_json(STR(bad), &s));
  CHECK(contains(s, "\"tamper\":\"removed\""));
  motcua_string_free(s);
  free(bad);

  /* Replay from the events: the same log. */
  const char *found = strstr(log, "\"events\":");
  CHECK(found != NULL);
  if (found != NULL) {
    size_t at = (size_t)(found - log) + strlen("\"events\":");
    const char *events = log + at;
    size_t n = strlen(log) - at - 1; /* without the closing brace */
    s = NULL;
    CHECK_OK(motcua_dossier_replay_json(cal, S("hs-2026-0001"), (const uint8_t *)events, n, &s));
    CHECK(s != NULL && strcmp(s, log) == 0);
    motcua_string_free(s);
    /* The events of another dossier: 5007. */
    s = SENTINEL;
    CHECK_STATUS(motcua_dossier_replay_json(cal, S("hs-2026-0002"), (const uint8_t *)events, n, &s),
                 MOTCUA_STATUS_DOSSIER_FOREIGN_LOG);
    CHECK_STATUS(motcua_dossier_replay_json(cal, S("hs-2026-0001"), (const uint8_t *)events, n / 2, &s),
                 MOTCUA_STATUS_DOSSIER_PARSE);
    CHECK(s == SENTINEL);
  }
}

static void bieu06_report(const motcua_calendar *cal, const char *log) {
  /* Over the log itself, 1–31 March: received 1 (direct), resolved 1, early. */
  size_t n = strlen(log) + 64;
  char *input = malloc(n);
  CHECK(input != NULL);
  if (input == NULL) return;
  snprintf(input, n, "{\"logs\":[%s]}", log);
  char *s = NULL;
  CHECK_OK(motcua_report_bieu06_json(cal, STR(input), S("{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}"), &s));
  CHECK(contains(s, "\"total\":{\"key\":\"\",\"received\":{\"total\":1,\"online\":0,\"direct_postal\":1,\"carried_over\":0},"
                    "\"resolved\":{\"total\":1,\"early\":1,\"on_time\":0,\"late\":0}"));
  CHECK(contains(s, "\"rows\":[{\"key\":\"ho_tich\""));
  CHECK(contains(s, "\"rates\":{\"rows\":[{\"key\":\"ho_tich\",\"on_time_rate\":100.0"));
  CHECK(contains(s, "\"indicators\":{\"evaluation\":["));
  motcua_string_free(s);
  free(input);

  /* The same over the summary a system stored from motcua_dossier_state_json. */
  char *st = state(cal, log, NULL);
  const char *sum = strstr(st, "\"summary\":");
  const char *end = sum ? strstr(sum, ",\"sync\":") : NULL;
  CHECK(sum != NULL && end != NULL);
  if (sum != NULL && end != NULL) {
    sum += strlen("\"summary\":");
    char buf[4096];
    snprintf(buf, sizeof buf, "{\"summaries\":[%.*s]}", (int)(end - sum), sum);
    s = NULL;
    CHECK_OK(motcua_report_bieu06_json(cal, STR(buf), S("{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\",\"group_by\":\"total\"}"), &s));
    CHECK(contains(s, "\"resolved\":{\"total\":1,\"early\":1,"));
    motcua_string_free(s);
  }
  motcua_string_free(st);

  /* Errors: a period ending before it starts (6001), malformed params and input (6002). */
  s = SENTINEL;
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{}"), S("{\"from\":\"2026-03-31\",\"to\":\"2026-03-01\"}"), &s),
               MOTCUA_STATUS_REPORT_INVALID_PERIOD);
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{}"), S("{\"from\":\"2026-03-01\"}"), &s),
               MOTCUA_STATUS_REPORT_INVALID_PARAMETER);
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{\"dossiers\":[]}"), S("{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}"), &s),
               MOTCUA_STATUS_REPORT_INVALID_PARAMETER);
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{\"logs\":[{\"format\":\"x\"}]}"), S("{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}"), &s),
               MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_report_bieu06_json(NULL, S("{}"), S("{}"), &s), NP);
  CHECK_STATUS(motcua_report_bieu06_json(cal, NULL, 2, S("{}"), &s), NP);
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{}"), NULL, 2, &s), NP);
  CHECK_STATUS(motcua_report_bieu06_json(cal, S("{}"), S("{}"), NULL), NP);
  CHECK(s == SENTINEL);
  s = NULL;
  CHECK_OK(motcua_report_bieu06_json(cal, S("{}"), S("{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}"), &s));
  CHECK(contains(s, "\"on_time_rate\":null"));
  motcua_string_free(s);
}

/* A dossier created with a context from the catalogue, online at a full-process service. */
static void from_catalogue(const motcua_calendar *cal) {
  motcua_catalogue *cat = NULL;
  char *ctx = NULL, *log = NULL, *next = NULL, *ev = NULL;
  CHECK_OK(motcua_catalogue_new_default(&cat));
  CHECK_OK(motcua_catalogue_dossier_context_json(
      cat, S("{\"procedure\":\"1.001193\",\"receiving_agency\":\"000.01.21.H40\",\"on\":\"2026-03-02\"}"), &ctx));
  CHECK_OK(motcua_dossier_new_json(S("hs-online-1"), &log));
  char buf[1024];
  cmd(buf, sizeof buf, "2026-03-02T20:00:00", APPLICANT,
      "{\"type\":\"create\",\"channel\":\"online\",\"applicant\":{\"id\":\"001099012345\",\"name\":\"Nguyễn Văn A\"}}");
  if (ctx != NULL && log != NULL) {
    CHECK_OK(motcua_dossier_apply_json(cal, STR(ctx), STR(log), STR(buf), &next, &ev));
    CHECK(contains(ev, "\"service_level\":\"full_process\""));
    CHECK(contains(ev, "\"channel\":\"online\""));
  }
  motcua_string_free(ev);
  motcua_string_free(next);
  motcua_string_free(log);
  motcua_string_free(ctx);
  motcua_catalogue_free(cat);
}

static void misuse(const motcua_calendar *cal, const char *log) {
  char *s = SENTINEL, *e = SENTINEL;
  static const uint8_t bad_utf8[] = {'{', '"', 0xed, 0xa0, 0x80, '"', '}'};
  char buf[1024];
  const char *ok = cmd(buf, sizeof buf, "2026-03-10T08:00:00", DESK, "{\"type\":\"confirm_delivery\"}");

  /* NULL everywhere. */
  CHECK_STATUS(motcua_dossier_new_json(NULL, 0, &s), NP);
  CHECK_STATUS(motcua_dossier_new_json(S("x"), NULL), NP);
  CHECK_STATUS(motcua_dossier_apply_json(NULL, NULL, 0, STR(log), STR(ok), &s, &e), NP);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 5, STR(log), STR(ok), &s, &e), NP);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, NULL, 10, STR(ok), &s, &e), NP);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), NULL, 10, &s, &e), NP);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), STR(ok), NULL, &e), NP);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), STR(ok), &s, NULL), NP);
  CHECK_STATUS(motcua_dossier_state_json(NULL, STR(log), NULL, 0, &s), NP);
  CHECK_STATUS(motcua_dossier_state_json(cal, NULL, 3, NULL, 0, &s), NP);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), NULL, 3, &s), NP);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), NULL, 0, NULL), NP);
  CHECK_STATUS(motcua_dossier_verify_json(NULL, 3, &s), NP);
  CHECK_STATUS(motcua_dossier_verify_json(STR(log), NULL), NP);
  CHECK_STATUS(motcua_dossier_replay_json(NULL, S("x"), S("[]"), &s), NP);
  CHECK_STATUS(motcua_dossier_replay_json(cal, NULL, 1, S("[]"), &s), NP);
  CHECK_STATUS(motcua_dossier_replay_json(cal, S("x"), NULL, 2, &s), NP);
  CHECK_STATUS(motcua_dossier_replay_json(cal, S("x"), S("[]"), NULL), NP);

  /* Invalid UTF-8 in each document. */
  CHECK_STATUS(motcua_dossier_new_json(bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_dossier_apply_json(cal, bad_utf8, sizeof bad_utf8, STR(log), STR(ok), &s, &e), UTF8);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, bad_utf8, sizeof bad_utf8, STR(ok), &s, &e), UTF8);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), bad_utf8, sizeof bad_utf8, &s, &e), UTF8);
  CHECK_STATUS(motcua_dossier_state_json(cal, bad_utf8, sizeof bad_utf8, NULL, 0, &s), UTF8);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_dossier_verify_json(bad_utf8, sizeof bad_utf8, &s), UTF8);

  /* Malformed and truncated logs, commands, contexts, options. */
  size_t half = strlen(log) / 2;
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, (const uint8_t *)log, half, STR(ok), &s, &e),
               MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_verify_json((const uint8_t *)log, half, &s), MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_state_json(cal, (const uint8_t *)log, half, NULL, 0, &s), MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_verify_json(S("{\"format\":\"motcua.dossier.v0\",\"dossier\":\"x\",\"length\":0,\"head\":\"\",\"events\":[]}"), &s),
               MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_verify_json(S("[]"), &s), MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), S("{\"at\":\"2026-03-10T08:00:00\"}"), &s, &e),
               MOTCUA_STATUS_DOSSIER_PARSE);
  cmd(buf, sizeof buf, "2026-03-10T08:00:00", DESK, "{\"type\":\"teleport\"}");
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), STR(buf), &s, &e), MOTCUA_STATUS_DOSSIER_PARSE);
  cmd(buf, sizeof buf, "2026-03-10T08:00:00", "{\"id\":\"x\",\"role\":\"mayor\"}", "{\"type\":\"confirm_delivery\"}");
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), STR(buf), &s, &e), MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), S("{\"as_of\":\"tomorrow\"}"), &s), MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), S("{\"status_mapping\":{\"returned\":11}}"), &s),
               MOTCUA_STATUS_DOSSIER_INVALID_CONFIG);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(log), S("{\"as_of\":\"2026-03-01T00:00\"}"), &s),
               MOTCUA_STATUS_DEADLINE_BEFORE_RECEIPT);
  /* A create command with a malformed context, and one with two contexts. */
  char *fresh = NULL;
  CHECK_OK(motcua_dossier_new_json(S("hs-x"), &fresh));
  cmd(buf, sizeof buf, "2026-03-02T08:00:00", DESK,
      "{\"type\":\"create\",\"channel\":\"desk\",\"applicant\":{\"id\":\"1\",\"name\":\"A\"}}");
  CHECK_STATUS(motcua_dossier_apply_json(cal, S("{\"procedure\":"), STR(fresh), STR(buf), &s, &e),
               MOTCUA_STATUS_DOSSIER_PARSE);
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(fresh), STR(buf), &s, &e), MOTCUA_STATUS_DOSSIER_PARSE);
  {
    char two[2048];
    snprintf(two, sizeof two,
             "{\"at\":\"2026-03-02T08:00:00\",\"actor\":" DESK ",\"command\":{\"type\":\"create\","
             "\"channel\":\"desk\",\"applicant\":{\"id\":\"1\",\"name\":\"A\"},\"context\":%s}}",
             CONTEXT);
    CHECK_STATUS(motcua_dossier_apply_json(cal, S(CONTEXT), STR(fresh), STR(two), &s, &e),
                 MOTCUA_STATUS_DOSSIER_PARSE);
    /* ... the same command alone is fine. */
    char *n2 = NULL, *e2 = NULL;
    CHECK_OK(motcua_dossier_apply_json(cal, NULL, 0, STR(fresh), STR(two), &n2, &e2));
    motcua_string_free(n2);
    motcua_string_free(e2);
  }
  /* An online create at a desk-only context: the applicant may not. */
  cmd(buf, sizeof buf, "2026-03-02T08:00:00", APPLICANT,
      "{\"type\":\"create\",\"channel\":\"online\",\"applicant\":{\"id\":\"001099012345\",\"name\":\"A\"}}");
  CHECK_STATUS(motcua_dossier_apply_json(cal, S(CONTEXT), STR(fresh), STR(buf), &s, &e), MOTCUA_STATUS_DOSSIER_GUARD);
  motcua_string_free(fresh);

  /* A log from another dossier: the header says hs-2026-0002, the events hs-2026-0001. */
  char *foreign = edited(log, "\"dossier\":\"hs-2026-0001\"", "\"dossier\":\"hs-2026-0002\"");
  CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(foreign), STR(ok), &s, &e),
               MOTCUA_STATUS_DOSSIER_FOREIGN_LOG);
  CHECK_STATUS(motcua_dossier_state_json(cal, STR(foreign), NULL, 0, &s), MOTCUA_STATUS_DOSSIER_FOREIGN_LOG);
  {
    char *r = NULL;
    CHECK_OK(motcua_dossier_verify_json(STR(foreign), &r));
    CHECK(contains(r, "\"problem\":{\"code\":5007,\"name\":\"dossier.foreign_log\",\"index\":0,\"tamper\":null"));
    motcua_string_free(r);
  }
  free(foreign);

  /* Huge documents are refused before parsing. */
  size_t big = (size_t)(1 << 20) + 1;
  char *huge = malloc(big);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', big);
    CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, (const uint8_t *)huge, big, STR(ok), &s, &e), BAD);
    CHECK_STATUS(motcua_dossier_apply_json(cal, NULL, 0, STR(log), (const uint8_t *)huge, big, &s, &e), BAD);
    CHECK_STATUS(motcua_dossier_apply_json(cal, (const uint8_t *)huge, big, STR(log), STR(ok), &s, &e), BAD);
    CHECK_STATUS(motcua_dossier_state_json(cal, (const uint8_t *)huge, big, NULL, 0, &s), BAD);
    CHECK_STATUS(motcua_dossier_verify_json((const uint8_t *)huge, big, &s), BAD);
    CHECK_STATUS(motcua_dossier_replay_json(cal, S("x"), (const uint8_t *)huge, big, &s), BAD);
    CHECK_STATUS(motcua_dossier_new_json((const uint8_t *)huge, 1025, &s), BAD);
    free(huge);
  }
  CHECK(s == SENTINEL && e == SENTINEL);

  /* The log is still good after all that: verify passes, the state reads. */
  char *v = NULL;
  CHECK_OK(motcua_dossier_verify_json(STR(log), &v));
  CHECK(contains(v, "\"valid\":true"));
  motcua_string_free(v);
}

int main(void) {
  motcua_calendar *cal = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&cal));
  if (cal == NULL) return report();
  char *log = NULL;
  lifecycle(cal, &log);
  if (log != NULL) {
    verify_and_replay(cal, log);
    bieu06_report(cal, log);
    misuse(cal, log);
  }
  from_catalogue(cal);
  motcua_string_free(log);
  motcua_calendar_free(cal);
  return report();
}
