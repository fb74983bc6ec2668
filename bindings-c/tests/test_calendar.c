/* Working calendar through the C ABI: every function's happy path with the true values of
 * the Vietnamese civil-service calendar, the error codes, and a handle shared by threads. */
#include <pthread.h>
#include <stdlib.h>

#include "c/check.h"

static void arithmetic(const motcua_calendar *cal) {
  motcua_date d = D(0, 0, 0);
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 2, 13), 1, &d));
  CHECK(same_date(d, D(2026, 2, 23))); /* nine-day Tết break 14-22 Feb 2026 */
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 4, 24), 1, &d));
  CHECK(same_date(d, D(2026, 4, 28))); /* Mon 27 Apr: compensatory day for Hùng Kings */
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 4, 28), -1, &d));
  CHECK(same_date(d, D(2026, 4, 24)));
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 2, 14), 0, &d));
  CHECK(same_date(d, D(2026, 2, 14)));

  uint8_t w = 9;
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2026, 8, 22), &w));
  CHECK(w == 1); /* make-up Saturday */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2026, 8, 31), &w));
  CHECK(w == 0); /* swapped Monday */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2026, 2, 17), &w));
  CHECK(w == 0); /* Tết */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2026, 3, 3), &w));
  CHECK(w == 1); /* ordinary Tuesday */

  int64_t n = -7;
  CHECK_OK(motcua_calendar_working_days_between(cal, D(2026, 8, 28), D(2026, 9, 3), &n));
  CHECK(n == 1);
  CHECK_OK(motcua_calendar_working_days_between(cal, D(2026, 9, 3), D(2026, 8, 28), &n));
  CHECK(n == -1);

  CHECK_OK(motcua_calendar_working_day_on_or_after(cal, D(2026, 2, 14), &d));
  CHECK(same_date(d, D(2026, 2, 23)));

  motcua_date first = D(0, 0, 0), last = D(0, 0, 0);
  CHECK_OK(motcua_calendar_range(cal, &first, &last));
  CHECK(same_date(first, D(2000, 1, 1)));
  CHECK(same_date(last, D(2199, 12, 31)));

  uint8_t est = 9;
  CHECK_OK(motcua_calendar_is_estimated(cal, 2026, &est));
  CHECK(est == 0);
  CHECK_OK(motcua_calendar_is_estimated(cal, 2150, &est));
  CHECK(est == 1);
}

static void json_outputs(const motcua_calendar *cal) {
  char *s = NULL;
  CHECK_OK(motcua_calendar_days_off_json(cal, 2026, &s));
  CHECK(contains(s, "\"2026-02-17\""));
  CHECK(contains(s, "\"2026-08-31\""));
  CHECK(s != NULL && s[0] == '[');
  motcua_string_free(s);

  s = NULL;
  CHECK_OK(motcua_calendar_make_up_days_json(cal, 2026, &s));
  CHECK(contains(s, "\"2026-08-22\""));
  motcua_string_free(s);

  s = NULL;
  CHECK_OK(motcua_calendar_days_off_json(cal, 1500, &s)); /* outside the range: empty */
  CHECK(s != NULL && strcmp(s, "[]") == 0);
  motcua_string_free(s);

  s = NULL;
  CHECK_OK(motcua_calendar_why_json(cal, D(2026, 8, 31), &s));
  CHECK(contains(s, "\"date\":\"2026-08-31\""));
  CHECK(contains(s, "\"working\":false"));
  CHECK(contains(s, "\"related_date\":\"2026-08-22\""));
  CHECK(contains(s, "\"text_vi\""));
  CHECK(contains(s, "\"text_en\""));
  motcua_string_free(s);

  s = NULL;
  CHECK_OK(motcua_calendar_explain(cal, D(2026, 8, 31), MOTCUA_LANG_EN, &s));
  CHECK(contains(s, "2026-08-22"));
  CHECK(contains(s, "day off"));
  motcua_string_free(s);

  s = NULL;
  CHECK_OK(motcua_calendar_explain(cal, D(2026, 8, 31), MOTCUA_LANG_VI, &s));
  CHECK(contains(s, "ngày nghỉ"));
  motcua_string_free(s);
}

static void errors(const motcua_calendar *cal) {
  motcua_date d = D(1, 1, 1);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(2199, 12, 30), 10, &d),
               MOTCUA_STATUS_CALENDAR_RESULT_OUT_OF_RANGE);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(1999, 12, 31), 1, &d),
               MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(2026, 1, 5), INT64_MAX, &d),
               MOTCUA_STATUS_CALENDAR_RESULT_OUT_OF_RANGE);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(2026, 1, 5), INT64_MIN, &d),
               MOTCUA_STATUS_CALENDAR_RESULT_OUT_OF_RANGE);
  CHECK(same_date(d, D(1, 1, 1))); /* out-params untouched on failure */

  uint8_t w = 9;
  CHECK_STATUS(motcua_calendar_is_working_day(cal, D(1999, 12, 31), &w),
               MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE);
  CHECK(w == 9);
  int64_t n = 42;
  CHECK_STATUS(motcua_calendar_working_days_between(cal, D(2026, 1, 1), D(2200, 1, 1), &n),
               MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE);
  CHECK(n == 42);
  char *s = (char *)"untouched";
  CHECK_STATUS(motcua_calendar_why_json(cal, D(1999, 12, 31), &s),
               MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE);
  CHECK(strcmp(s, "untouched") == 0);

  /* Calling again after errors works. */
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 2, 13), 1, &d));
  CHECK(same_date(d, D(2026, 2, 23)));
}

static motcua_status load(const motcua_calendar *cal, const char *json, motcua_calendar **out) {
  return motcua_calendar_with_announcements_json(cal, (const uint8_t *)json, strlen(json), out);
}

static void announcements(const motcua_calendar *cal) {
  /* A made-up 2030 swap: Friday 14 June off, Saturday 22 June worked. */
  const char *swap2030 =
      "{\"year\": 2030, \"scope\": \"civil_service\","
      " \"source\": {\"document\": \"test notice 1/TEST\"},"
      " \"days_off\": [{\"date\": \"2030-06-14\", \"kind\": \"swap\", \"swapped_with\": \"2030-06-22\"}],"
      " \"working_days\": [{\"date\": \"2030-06-22\", \"replaces\": \"2030-06-14\"}]}";
  motcua_calendar *next = NULL;
  CHECK_OK(load(cal, swap2030, &next));
  CHECK(next != NULL);
  uint8_t w = 9;
  CHECK_OK(motcua_calendar_is_working_day(next, D(2030, 6, 14), &w));
  CHECK(w == 0);
  CHECK_OK(motcua_calendar_is_working_day(next, D(2030, 6, 22), &w));
  CHECK(w == 1);
  /* The base handle is immutable. */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2030, 6, 14), &w));
  CHECK(w == 1);
  char *s = NULL;
  CHECK_OK(motcua_calendar_why_json(next, D(2030, 6, 14), &s));
  CHECK(contains(s, "test notice 1/TEST"));
  motcua_string_free(s);
  motcua_calendar_free(next);

  motcua_calendar *bad = (motcua_calendar *)&w; /* sentinel: must stay untouched */
  CHECK_STATUS(load(cal, "{not json", &bad), MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE);
  CHECK(bad == (motcua_calendar *)&w);
  CHECK_STATUS(load(cal, "", &bad), MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE);
  CHECK_STATUS(load(cal, "{\"year\": \"twenty\"}", &bad), MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE);
  const char *conflict =
      "{\"year\": 2030, \"source\": {\"document\": \"x\"},"
      " \"days_off\": [{\"date\": \"2030-06-22\", \"kind\": \"extra\"}],"
      " \"working_days\": [{\"date\": \"2030-06-22\"}]}";
  CHECK_STATUS(load(cal, conflict, &bad), MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_CONFLICT);
  CHECK(bad == (motcua_calendar *)&w);

  /* A document over the 1 MiB limit: refused, nothing leaked. */
  size_t huge_len = (size_t)2 << 20;
  char *huge = (char *)malloc(huge_len);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', huge_len);
    huge[0] = '[';
    huge[huge_len - 1] = ']';
    CHECK_STATUS(motcua_calendar_with_announcements_json(cal, (const uint8_t *)huge, huge_len, &bad),
                 MOTCUA_STATUS_CALENDAR_INPUT_TOO_LARGE);
    free(huge);
  }
  /* Deeply nested JSON under the limit: an error, not a stack overflow. */
  size_t deep_len = 200000;
  char *deep = (char *)malloc(deep_len);
  CHECK(deep != NULL);
  if (deep != NULL) {
    memset(deep, '[', deep_len);
    CHECK_STATUS(motcua_calendar_with_announcements_json(cal, (const uint8_t *)deep, deep_len, &bad),
                 MOTCUA_STATUS_CALENDAR_ANNOUNCEMENT_PARSE);
    free(deep);
  }
  CHECK(bad == (motcua_calendar *)&w);

  /* The base calendar still works after every failure. */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2026, 8, 22), &w));
  CHECK(w == 1);
}

static void enterprise(void) {
  motcua_calendar *ent = NULL;
  CHECK_OK(motcua_calendar_new_enterprise(&ent));
  CHECK(ent != NULL);
  uint8_t w = 9;
  /* The civil-service swap of 31 August 2026 does not apply to enterprises. */
  CHECK_OK(motcua_calendar_is_working_day(ent, D(2026, 8, 31), &w));
  CHECK(w == 1);
  CHECK_OK(motcua_calendar_is_working_day(ent, D(2026, 8, 22), &w));
  CHECK(w == 0);
  CHECK_OK(motcua_calendar_is_working_day(ent, D(2026, 2, 17), &w));
  CHECK(w == 0); /* Tết applies to everyone */
  motcua_calendar_free(ent);
}

/* A const handle shared by several threads without locking. */
typedef struct {
  const motcua_calendar *cal;
  int mismatches;
} thread_arg;

static void *worker(void *p) {
  thread_arg *a = (thread_arg *)p;
  for (int i = 0; i < 2000; i++) {
    motcua_date d = D(0, 0, 0);
    uint8_t w = 9;
    if (motcua_calendar_add_working_days(a->cal, D(2026, 2, 13), 1, &d) != MOTCUA_STATUS_OK ||
        !same_date(d, D(2026, 2, 23)))
      a->mismatches++;
    if (motcua_calendar_is_working_day(a->cal, D(2026, 8, 22), &w) != MOTCUA_STATUS_OK || w != 1)
      a->mismatches++;
  }
  return NULL;
}

static void threads(const motcua_calendar *cal) {
  enum { N = 4 };
  pthread_t t[N];
  thread_arg args[N];
  for (int i = 0; i < N; i++) {
    args[i].cal = cal;
    args[i].mismatches = 0;
    CHECK(pthread_create(&t[i], NULL, worker, &args[i]) == 0);
  }
  for (int i = 0; i < N; i++) {
    CHECK(pthread_join(t[i], NULL) == 0);
    CHECK(args[i].mismatches == 0);
  }
}

int main(void) {
  motcua_calendar *cal = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&cal));
  CHECK(cal != NULL);
  if (cal == NULL) return report();
  arithmetic(cal);
  json_outputs(cal);
  errors(cal);
  announcements(cal);
  enterprise();
  threads(cal);
  motcua_calendar_free(cal);
  return report();
}
