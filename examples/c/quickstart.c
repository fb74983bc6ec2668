/* The motcua quickstart in C: the flow of examples/examples/quickstart.rs through the C ABI.
 *
 * A certification of marital status (procedure 1.004873, 3 working days) received at the
 * one-stop desk on Thu 23 Apr 2026, before the Hùng Kings day (Sun 26 Apr, compensatory
 * Mon 27 Apr) and 30 Apr / 1 May; its appointment slip with the skipped days explained; a
 * supplementation requested during processing and fulfilled (the period restarts); a
 * command refused, with its status and Vietnamese message; the result approved and
 * returned; the log's hash chain verified; the final state. Prints the SLIP, RESTART, ERROR, REJECTION
 * and RESULT lines the Rust, Java and Python quickstarts print (.ci/run compares them).
 *
 * Build and run (from the repository root, after `cargo build --release -p motcua-c`):
 *   gcc -std=c11 -Ibindings-c/include examples/c/quickstart.c -Ltarget/release -lmotcua \
 *       -Wl,-rpath,"$PWD/target/release" -o target/c/quickstart && target/c/quickstart
 *
 * Every string the library returns is freed with motcua_string_free, every handle with its
 * _free function, on every path (valgrind in CI: no leaks). The JSON documents are read
 * with a few string searches to keep the example free of dependencies; a real back office
 * would use its JSON library. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "motcua.h"

#define S(lit) (const uint8_t *)(lit), (sizeof(lit) - 1)
#define STR(s) (const uint8_t *)(s), strlen(s)

#define AGENCY "000.01.21.H40"
#define DOSSIER_ID "hs-2026-0423-01"
#define CODE AGENCY "-260423-0001"
#define DESK "{\"id\":\"cb01\",\"role\":\"desk_officer\",\"agency\":\"" AGENCY "\"}"
#define OFFICER "{\"id\":\"cv01\",\"role\":\"processing_officer\",\"agency\":\"" AGENCY "\"}"
#define APPROVER "{\"id\":\"ld01\",\"role\":\"approver\",\"agency\":\"" AGENCY "\"}"
#define APPLICANT "{\"id\":\"001099012345\",\"role\":\"applicant\"}"
#define RESULT_DOC "{\"number\":\"15/XNTTHN\",\"name\":\"Giấy xác nhận tình trạng hôn nhân\"}"

/* Prints a failed status with its name and Vietnamese message (copied into our buffer). */
static void report_status(const char *what, motcua_status st) {
  char msg[512];
  size_t len = 0;
  if (motcua_status_message(st, MOTCUA_LANG_VI, msg, sizeof msg, &len) != MOTCUA_STATUS_OK)
    snprintf(msg, sizeof msg, "(no message)");
  fprintf(stderr, "%s: status %u %s: %s\n", what, (unsigned)st, motcua_status_name(st), msg);
}

/* The string value of the first `"key":"…"` at or after `from`, unescaped into `buf`
 * (\n, \", \\ and \/; the library writes other text as raw UTF-8). Empty when absent. */
static const char *str_field(const char *json, const char *key, char *buf, size_t n) {
  char pat[128];
  snprintf(pat, sizeof pat, "\"%s\":\"", key);
  buf[0] = '\0';
  const char *p = json ? strstr(json, pat) : NULL;
  if (p == NULL) return buf;
  p += strlen(pat);
  size_t i = 0;
  for (; *p && *p != '"' && i + 1 < n; p++) {
    char c = *p;
    if (c == '\\' && p[1]) {
      p++;
      c = *p == 'n' ? '\n' : *p;
    }
    buf[i++] = c;
  }
  buf[i] = '\0';
  return buf;
}

/* The JSON value (object or array) of the first `"key":` in `json`, copied into `buf`
 * (brackets balanced, strings skipped). Empty when absent or too long. */
static const char *raw_field(const char *json, const char *key, char *buf, size_t n) {
  char pat[128];
  snprintf(pat, sizeof pat, "\"%s\":", key);
  buf[0] = '\0';
  const char *start = json ? strstr(json, pat) : NULL;
  if (start == NULL) return buf;
  start += strlen(pat);
  int depth = 0, in_str = 0;
  const char *p = start;
  for (; *p; p++) {
    if (in_str) {
      if (*p == '\\' && p[1]) p++;
      else if (*p == '"') in_str = 0;
    } else if (*p == '"') {
      in_str = 1;
    } else if (*p == '{' || *p == '[') {
      depth++;
    } else if (*p == '}' || *p == ']') {
      if (--depth == 0) break;
    }
  }
  size_t len = (size_t)(p - start) + 1;
  if (*p == '\0' || len + 1 > n) return buf;
  memcpy(buf, start, len);
  buf[len] = '\0';
  return buf;
}

/* Applies one command. On success the log is replaced (the old one freed) and the event
 * returned in *event when asked (the caller frees it). On a rejection nothing changes. */
static motcua_status apply(const motcua_calendar *cal, const char *ctx, char **log, const char *at,
                           const char *actor, const char *command, char **event) {
  char buf[2048];
  snprintf(buf, sizeof buf, "{\"at\":\"%s\",\"actor\":%s,\"command\":%s}", at, actor, command);
  char *next = NULL, *ev = NULL;
  motcua_status st = motcua_dossier_apply_json(cal, STR(ctx), STR(*log), STR(buf), &next, &ev);
  if (st != MOTCUA_STATUS_OK) return st; /* next and ev untouched: nothing to free */
  motcua_string_free(*log);
  *log = next;
  if (event != NULL) *event = ev;
  else motcua_string_free(ev);
  return st;
}

#define TRY(what, expr)                \
  do {                                 \
    motcua_status st_ = (expr);        \
    if (st_ != MOTCUA_STATUS_OK) {     \
      report_status((what), st_);      \
      goto done;                       \
    }                                  \
  } while (0)

int main(void) {
  int rc = 1;
  motcua_calendar *cal = NULL;
  motcua_catalogue *cat = NULL;
  char *proc = NULL, *ctx = NULL, *log = NULL, *ev = NULL, *due = NULL, *state = NULL,
       *verify = NULL;
  char code[128], d[32], appt[32], tmp[64], status[64], timeliness[32], docs[200], limit[256],
      policy[2048], text[8192], missing[256], cmd[1024];

  /* 1. Data: the calendar and the catalogue (immutable handles: share them across threads). */
  TRY("calendar", motcua_calendar_new_civil_service(&cal));
  TRY("catalogue", motcua_catalogue_new_default(&cat));
  TRY("procedure", motcua_catalogue_procedure_json(cat, S("1.004873"), &proc));
  printf("procedure 1.004873: %s\n", str_field(strstr(proc, "\"name\":{"), "vi", text, sizeof text));
  TRY("context", motcua_catalogue_dossier_context_json(
                     cat, S("{\"procedure\":\"1.004873\",\"receiving_agency\":\"" AGENCY "\",\"on\":\"2026-04-23\"}"),
                     &ctx));
  raw_field(ctx, "required_documents", docs, sizeof docs);
  raw_field(ctx, "time_limit", limit, sizeof limit);
  raw_field(ctx, "policy", policy, sizeof policy);
  printf("time limit %s; checklist %s\n", limit, docs);

  /* 2. Created, submitted and received at the desk: the code and the appointment slip. */
  TRY("new", motcua_dossier_new_json(S(DOSSIER_ID), &log));
  TRY("create", apply(cal, ctx, &log, "2026-04-23T08:50:00", DESK,
                      "{\"type\":\"create\",\"channel\":\"desk\",\"applicant\":{\"id\":\"001099012345\","
                      "\"name\":\"Nguyễn Văn A\"}}",
                      NULL));
  snprintf(cmd, sizeof cmd, "{\"type\":\"submit\",\"documents\":%s}", docs);
  TRY("submit", apply(cal, ctx, &log, "2026-04-23T08:55:00", DESK, cmd, NULL));
  TRY("accept", apply(cal, ctx, &log, "2026-04-23T09:00:00", DESK,
                      "{\"type\":\"accept\",\"code\":\"" CODE "\"}", &ev));
  str_field(ev, "code", code, sizeof code);
  printf("received 2026-04-23 09:00:00 at the desk, dossier code %s\n", code);
  printf("SLIP code=%s due=%s appointment=%s\n", code, str_field(ev, "legal_due_date", d, sizeof d),
         str_field(ev, "appointment_at", appt, sizeof appt));
  /* The explanation printed on the slip: every day from receipt to the due date. */
  TRY("compute_due", motcua_compute_due_json(cal, S("2026-04-23T09:00:00"), STR(limit), STR(policy),
                                             MOTCUA_LANG_VI, &due));
  if (strcmp(str_field(due, "legal_due_date", tmp, sizeof tmp), d) != 0) {
    fprintf(stderr, "compute_due gives %s, the slip %s\n", tmp, d);
    goto done;
  }
  printf("%s\n", str_field(strstr(due, "\"explanation\":"), "text", text, sizeof text));

  /* 3. Processing: supplementation requested Fri 24 Apr, supplied Tue 28 Apr: the period
   *    restarts from the complete dossier, across 30 April and 1 May. */
  TRY("assign", apply(cal, ctx, &log, "2026-04-23T10:00:00", OFFICER,
                      "{\"type\":\"assign\",\"officer\":\"cv01\"}", NULL));
  /* the first required document: ["tp1", …] -> ["tp1"] */
  snprintf(missing, sizeof missing, "%s", docs);
  char *comma = strchr(missing, ',');
  if (comma != NULL) strcpy(comma, "]");
  snprintf(cmd, sizeof cmd,
           "{\"type\":\"request_supplement\",\"missing\":%s,\"reason\":\"Tờ khai chưa ghi nơi cư trú trước đây\"}",
           missing);
  TRY("request_supplement", apply(cal, ctx, &log, "2026-04-24T10:00:00", OFFICER, cmd, NULL));
  TRY("state", motcua_dossier_state_json(cal, STR(log), NULL, 0, &state));
  printf("supplement requested 2026-04-24 10:00: %s\n", str_field(state, "status_label", text, sizeof text));
  motcua_string_free(state);
  state = NULL;
  snprintf(cmd, sizeof cmd, "{\"type\":\"supplement\",\"documents\":%s}", missing);
  TRY("supplement", apply(cal, ctx, &log, "2026-04-28T09:00:00", APPLICANT, cmd, NULL));
  TRY("state", motcua_dossier_state_json(cal, STR(log), NULL, 0, &state));
  printf("RESTART due=%s appointment=%s\n", str_field(strstr(state, "\"due\":{"), "legal_due_date", d, sizeof d),
         str_field(strstr(state, "\"due\":{"), "appointment_at", appt, sizeof appt));
  motcua_string_free(state);
  state = NULL;

  /* 4. A refused command: a desk officer may not sign the result. The status says why, its
   *    message is copied into our buffer, and the log is untouched: keep using it. */
  motcua_status refused = apply(cal, ctx, &log, "2026-04-29T09:00:00", DESK,
                                "{\"type\":\"approve\",\"result\":" RESULT_DOC "}", NULL);
  if (refused == MOTCUA_STATUS_OK) {
    fprintf(stderr, "a desk officer approved\n");
    goto done;
  }
  size_t len = 0;
  TRY("status_message", motcua_status_message(refused, MOTCUA_LANG_VI, text, sizeof text, &len));
  printf("ERROR code=%u name=%s message=%s\n", (unsigned)refused, motcua_status_name(refused), text);
  /*    The same arguments to motcua_dossier_check_json give the detail behind the code
   *    (which role, which command; for a legal guard, the guard and its legal basis). */
  {
    char buf[2048], detail[1024];
    snprintf(buf, sizeof buf, "{\"at\":\"2026-04-29T09:00:00\",\"actor\":%s,\"command\":%s}", DESK,
             "{\"type\":\"approve\",\"result\":" RESULT_DOC "}");
    TRY("check", motcua_dossier_check_json(cal, STR(ctx), STR(log), STR(buf), &state));
    printf("REJECTION message=%s\n", str_field(strstr(state, "\"rejection\":"), "message", detail, sizeof detail));
    motcua_string_free(state);
    state = NULL;
  }

  /* 5. Approved Mon 4 May, returned Tue 5 May. */
  TRY("approve", apply(cal, ctx, &log, "2026-05-04T14:00:00", APPROVER,
                       "{\"type\":\"approve\",\"result\":" RESULT_DOC "}", NULL));
  TRY("return", apply(cal, ctx, &log, "2026-05-05T08:30:00", DESK, "{\"type\":\"return_result\"}", NULL));

  /* 6. Verify the stored log's hash chain, then its final state. */
  TRY("verify", motcua_dossier_verify_json(STR(log), &verify));
  int valid = strstr(verify, "\"valid\":true") != NULL;
  const char *length = strstr(verify, "\"length\":");
  printf("log: %ld events, head %s, valid %s\n", length ? strtol(length + 9, NULL, 10) : -1L,
         str_field(verify, "head", text, sizeof text), valid ? "true" : "false");
  TRY("state", motcua_dossier_state_json(cal, STR(log), NULL, 0, &state));
  const char *st_obj = strstr(state, "\"state\":{");
  str_field(st_obj, "status", status, sizeof status);
  str_field(strstr(state, "\"timeliness\":{"), "against_current", timeliness, sizeof timeliness);
  const char *portal = strstr(state, "\"portal_status\":");
  printf("final: %s (%s), portal status %ld, timeliness %s\n", status,
         str_field(state, "status_label", text, sizeof text), portal ? strtol(portal + 16, NULL, 10) : 0L,
         timeliness);
  printf("RESULT code=%s due=%s appointment=%s state=%s timeliness=%s verified=%s\n",
         str_field(st_obj, "code", code, sizeof code), str_field(strstr(state, "\"due\":{"), "legal_due_date", d, sizeof d),
         str_field(strstr(state, "\"due\":{"), "appointment_at", appt, sizeof appt), status, timeliness,
         valid ? "true" : "false");
  rc = valid ? 0 : 1;

done:
  motcua_string_free(verify);
  motcua_string_free(state);
  motcua_string_free(due);
  motcua_string_free(ev);
  motcua_string_free(log);
  motcua_string_free(ctx);
  motcua_string_free(proc);
  motcua_catalogue_free(cat);
  motcua_calendar_free(cal);
  return rc;
}
