/* Misuse of the C ABI: NULL in every pointer, invalid UTF-8, impossible dates, bad flags,
 * buffers too small, _free(NULL), and the library still working after every error. */
#include <stdint.h>
#include <stdlib.h>

#include "c/check.h"

#define NP MOTCUA_STATUS_NULL_POINTER
#define BAD MOTCUA_STATUS_INVALID_ARGUMENT

static void nulls(const motcua_calendar *cal) {
  motcua_date d;
  motcua_lunar_date l;
  uint8_t u8v;
  int64_t i64v;
  char *s;
  size_t len;
  char buf[8];
  motcua_calendar *h;
  const uint8_t json[] = "[]";

  CHECK_STATUS(motcua_solar_to_lunar(D(2026, 2, 17), NULL), NP);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 1, 1, 0), NULL), NP);
  CHECK_STATUS(motcua_lunar_tet(2026, NULL), NP);
  CHECK_STATUS(motcua_lunar_hung_kings_day(2026, NULL), NP);
  CHECK_STATUS(motcua_solar_to_lunar_info(D(2026, 2, 17), NULL), NP);
  CHECK_STATUS(motcua_lunar_tet_eve(2026, NULL), NP);
  CHECK_STATUS(motcua_lunar_leap_month(2026, NULL), NP);
  CHECK_STATUS(motcua_lunar_month_length(2026, 1, 0, NULL), NP);
  CHECK_STATUS(motcua_lunar_year_name(2026, NULL), NP);

  CHECK_STATUS(motcua_calendar_new_civil_service(NULL), NP);
  CHECK_STATUS(motcua_calendar_new_enterprise(NULL), NP);
  CHECK_STATUS(motcua_calendar_with_announcements_json(NULL, json, 2, &h), NP);
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, NULL, 2, &h), NP);
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, NULL, 0, &h), NP);
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, json, 2, NULL), NP);

  CHECK_STATUS(motcua_calendar_is_working_day(NULL, D(2026, 1, 5), &u8v), NP);
  CHECK_STATUS(motcua_calendar_is_working_day(cal, D(2026, 1, 5), NULL), NP);
  CHECK_STATUS(motcua_calendar_add_working_days(NULL, D(2026, 1, 5), 1, &d), NP);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(2026, 1, 5), 1, NULL), NP);
  CHECK_STATUS(motcua_calendar_working_days_between(NULL, D(2026, 1, 5), D(2026, 1, 9), &i64v), NP);
  CHECK_STATUS(motcua_calendar_working_days_between(cal, D(2026, 1, 5), D(2026, 1, 9), NULL), NP);
  CHECK_STATUS(motcua_calendar_working_day_on_or_after(NULL, D(2026, 1, 5), &d), NP);
  CHECK_STATUS(motcua_calendar_working_day_on_or_after(cal, D(2026, 1, 5), NULL), NP);
  CHECK_STATUS(motcua_calendar_days_off_json(NULL, 2026, &s), NP);
  CHECK_STATUS(motcua_calendar_days_off_json(cal, 2026, NULL), NP);
  CHECK_STATUS(motcua_calendar_make_up_days_json(NULL, 2026, &s), NP);
  CHECK_STATUS(motcua_calendar_make_up_days_json(cal, 2026, NULL), NP);
  CHECK_STATUS(motcua_calendar_why_json(NULL, D(2026, 1, 5), &s), NP);
  CHECK_STATUS(motcua_calendar_why_json(cal, D(2026, 1, 5), NULL), NP);
  CHECK_STATUS(motcua_calendar_explain(NULL, D(2026, 1, 5), MOTCUA_LANG_EN, &s), NP);
  CHECK_STATUS(motcua_calendar_explain(cal, D(2026, 1, 5), MOTCUA_LANG_EN, NULL), NP);
  CHECK_STATUS(motcua_calendar_range(NULL, &d, &d), NP);
  CHECK_STATUS(motcua_calendar_range(cal, NULL, &d), NP);
  CHECK_STATUS(motcua_calendar_range(cal, &d, NULL), NP);
  CHECK_STATUS(motcua_calendar_is_estimated(NULL, 2026, &u8v), NP);
  CHECK_STATUS(motcua_calendar_is_estimated(cal, 2026, NULL), NP);

  CHECK_STATUS(motcua_status_message(MOTCUA_STATUS_OK, MOTCUA_LANG_EN, buf, sizeof buf, NULL), NP);
  CHECK_STATUS(motcua_status_message(MOTCUA_STATUS_OK, MOTCUA_LANG_EN, NULL, 8, &len), NP);
  (void)l;

  /* Freeing NULL is a no-op. */
  motcua_calendar_free(NULL);
  motcua_string_free(NULL);
  CHECK(1);
}

static void invalid_utf8(const motcua_calendar *cal) {
  motcua_calendar *h = NULL;
  const uint8_t bad1[] = {0xff, 0xfe, 0xfd};
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, bad1, sizeof bad1, &h),
               MOTCUA_STATUS_INVALID_UTF8);
  /* Valid JSON around an invalid byte sequence (a truncated 3-byte "ế"). */
  const char bad2[] = "{\"year\": 2030, \"source\": {\"document\": \"T\xe1\xbb\"}}";
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, (const uint8_t *)bad2, strlen(bad2), &h),
               MOTCUA_STATUS_INVALID_UTF8);
  /* An overlong encoding of '/'. */
  const uint8_t bad3[] = {'[', 0xc0, 0xaf, ']'};
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, bad3, sizeof bad3, &h),
               MOTCUA_STATUS_INVALID_UTF8);
  /* A length no buffer can have. */
  const uint8_t ok[] = "[]";
  CHECK_STATUS(motcua_calendar_with_announcements_json(cal, ok, SIZE_MAX, &h), BAD);
  CHECK(h == NULL);
  /* Valid UTF-8 with Vietnamese text is fine. */
  const char good[] = "[]";
  CHECK_OK(motcua_calendar_with_announcements_json(cal, (const uint8_t *)good, 2, &h));
  CHECK(h != NULL);
  motcua_calendar_free(h);
}

static void impossible_dates(const motcua_calendar *cal) {
  motcua_date d = D(1, 1, 1);
  motcua_lunar_date l = L(1, 1, 1, 0);
  uint8_t w = 9;
  int64_t n = 42;
  char *s = NULL;
  CHECK_STATUS(motcua_solar_to_lunar(D(2026, 2, 30), &l), BAD);
  motcua_lunar_info info;
  CHECK_STATUS(motcua_solar_to_lunar_info(D(2026, 2, 30), &info), BAD);
  CHECK_STATUS(motcua_solar_to_lunar(D(2026, 0, 1), &l), BAD);
  CHECK_STATUS(motcua_solar_to_lunar(D(2026, 13, 1), &l), BAD);
  CHECK_STATUS(motcua_solar_to_lunar(D(2025, 2, 29), &l), BAD);
  CHECK_STATUS(motcua_solar_to_lunar(D(INT32_MAX, 1, 1), &l), BAD);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 1, 1, 2), &d), BAD);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 1, 1, 255), &d), BAD);
  CHECK_STATUS(motcua_calendar_is_working_day(cal, D(2026, 2, 30), &w), BAD);
  CHECK_STATUS(motcua_calendar_add_working_days(cal, D(2026, 2, 30), 1, &d), BAD);
  CHECK_STATUS(motcua_calendar_working_days_between(cal, D(2026, 2, 30), D(2026, 3, 2), &n), BAD);
  CHECK_STATUS(motcua_calendar_working_days_between(cal, D(2026, 3, 2), D(2026, 2, 30), &n), BAD);
  CHECK_STATUS(motcua_calendar_working_day_on_or_after(cal, D(2026, 2, 30), &d), BAD);
  CHECK_STATUS(motcua_calendar_why_json(cal, D(2026, 2, 30), &s), BAD);
  CHECK_STATUS(motcua_calendar_explain(cal, D(2026, 2, 30), MOTCUA_LANG_VI, &s), BAD);
  CHECK(same_date(d, D(1, 1, 1)));
  CHECK(same_lunar(l, L(1, 1, 1, 0)));
  CHECK(w == 9 && n == 42 && s == NULL);
  /* 29 February of a leap year is a real date. */
  CHECK_OK(motcua_calendar_is_working_day(cal, D(2028, 2, 29), &w));
  CHECK(w == 0 || w == 1);
}

static void messages(void) {
  size_t len = 12345;
  /* Size query. */
  CHECK_STATUS(motcua_status_message(MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE, MOTCUA_LANG_EN,
                                     NULL, 0, &len),
               MOTCUA_STATUS_BUFFER_TOO_SMALL);
  CHECK(len > 0 && len < 200);
  /* Too small: nothing written to the buffer, the size needed reported. */
  char small[5];
  memset(small, 'x', sizeof small);
  size_t needed = 0;
  CHECK_STATUS(motcua_status_message(MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE, MOTCUA_LANG_EN,
                                     small, sizeof small, &needed),
               MOTCUA_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed == len);
  CHECK(small[0] == 'x' && small[4] == 'x');
  /* Exactly the length without room for the NUL is still too small. */
  char *exact = (char *)malloc(len + 1);
  CHECK(exact != NULL);
  if (exact != NULL) {
    CHECK_STATUS(motcua_status_message(MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE, MOTCUA_LANG_EN,
                                       exact, len, &needed),
                 MOTCUA_STATUS_BUFFER_TOO_SMALL);
    size_t got = 0;
    CHECK_OK(motcua_status_message(MOTCUA_STATUS_CALENDAR_DATE_OUT_OF_RANGE, MOTCUA_LANG_EN,
                                   exact, len + 1, &got));
    CHECK(got == len && strlen(exact) == len);
    CHECK(strstr(exact, "working calendar") != NULL);
    free(exact);
  }
  /* Vietnamese, and the fallback of an unknown language value to Vietnamese. */
  char vi[256], fallback[256];
  size_t n1 = 0, n2 = 0;
  CHECK_OK(motcua_status_message(MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE, MOTCUA_LANG_VI, vi,
                                 sizeof vi, &n1));
  CHECK_OK(motcua_status_message(MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE, 77, fallback,
                                 sizeof fallback, &n2));
  CHECK(n1 == n2 && strcmp(vi, fallback) == 0);
  CHECK(strstr(vi, "âm lịch") != NULL);
  /* Unknown code: a generic message naming it. */
  char unknown[256];
  CHECK_OK(motcua_status_message(4242, MOTCUA_LANG_EN, unknown, sizeof unknown, &n1));
  CHECK(strstr(unknown, "4242") != NULL);
  /* Names. */
  CHECK(strcmp(motcua_status_name(MOTCUA_STATUS_OK), "ok") == 0);
  CHECK(strcmp(motcua_status_name(1101), "calendar.date_out_of_range") == 0);
  CHECK(strcmp(motcua_status_name(MOTCUA_STATUS_NULL_POINTER), "binding.null_pointer") == 0);
  CHECK(strcmp(motcua_status_name(4242), "unknown") == 0);
  /* Every binding code has a message. */
  const motcua_status codes[] = {MOTCUA_STATUS_NULL_POINTER, MOTCUA_STATUS_INVALID_UTF8,
                                 MOTCUA_STATUS_PANIC, MOTCUA_STATUS_BUFFER_TOO_SMALL,
                                 MOTCUA_STATUS_INVALID_ARGUMENT, MOTCUA_STATUS_INTERNAL};
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    char m[256];
    CHECK_OK(motcua_status_message(codes[i], MOTCUA_LANG_EN, m, sizeof m, &n1));
    CHECK(strcmp(motcua_status_name(codes[i]), "unknown") != 0);
  }
}

static void version(void) {
  const char *v = motcua_version();
  CHECK(v != NULL && strcmp(v, MOTCUA_VERSION) == 0);
  char expected[64];
  snprintf(expected, sizeof expected, "%d.%d.%d", MOTCUA_VERSION_MAJOR, MOTCUA_VERSION_MINOR,
           MOTCUA_VERSION_PATCH);
  CHECK(strcmp(expected, MOTCUA_VERSION) == 0);
}

int main(void) {
  motcua_calendar *cal = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&cal));
  if (cal == NULL) return report();
  nulls(cal);
  invalid_utf8(cal);
  impossible_dates(cal);
  messages();
  version();
  /* After all of the above, the library still answers correctly. */
  motcua_date d = D(0, 0, 0);
  CHECK_OK(motcua_calendar_add_working_days(cal, D(2026, 2, 13), 1, &d));
  CHECK(same_date(d, D(2026, 2, 23)));
  motcua_calendar_free(cal);
  return report();
}
