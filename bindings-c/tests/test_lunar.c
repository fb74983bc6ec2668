/* Lunar calendar through the C ABI, with the true values of the Vietnamese calendar. */
#include "c/check.h"

static void solar_to_lunar_values(void) {
  motcua_lunar_date l = L(0, 0, 0, 9);
  CHECK_OK(motcua_solar_to_lunar(D(2026, 2, 17), &l));
  CHECK(same_lunar(l, L(2026, 1, 1, 0))); /* Tết Bính Ngọ */
  CHECK_OK(motcua_solar_to_lunar(D(2026, 2, 16), &l));
  CHECK(same_lunar(l, L(2025, 12, 29, 0))); /* 29 Chạp Ất Tỵ */
  CHECK_OK(motcua_solar_to_lunar(D(2023, 3, 22), &l));
  CHECK(same_lunar(l, L(2023, 2, 1, 1))); /* 1st day of the leap 2nd month of 2023 */
}

static void lunar_to_solar_values(void) {
  motcua_date d = D(0, 0, 0);
  CHECK_OK(motcua_lunar_to_solar(L(2026, 1, 1, 0), &d));
  CHECK(same_date(d, D(2026, 2, 17)));
  CHECK_OK(motcua_lunar_to_solar(L(2023, 2, 1, 1), &d));
  CHECK(same_date(d, D(2023, 3, 22)));
  /* 2025 has a leap 6th month: its first day exists and round-trips. */
  motcua_date leap6 = D(0, 0, 0);
  CHECK_OK(motcua_lunar_to_solar(L(2025, 6, 1, 1), &leap6));
  motcua_lunar_date back = L(0, 0, 0, 0);
  CHECK_OK(motcua_solar_to_lunar(leap6, &back));
  CHECK(same_lunar(back, L(2025, 6, 1, 1)));
}

static void nonexistent_and_out_of_range(void) {
  motcua_date d = D(1, 1, 1);
  motcua_lunar_date l = L(1, 1, 1, 0);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 2, 30, 0), &d), MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 3, 1, 1), &d), MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE);
  CHECK_STATUS(motcua_lunar_to_solar(L(2026, 13, 1, 0), &d), MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE);
  CHECK_STATUS(motcua_solar_to_lunar(D(1899, 12, 31), &l), MOTCUA_STATUS_LUNAR_OUT_OF_RANGE);
  /* Nothing written on failure. */
  CHECK(same_date(d, D(1, 1, 1)));
  CHECK(same_lunar(l, L(1, 1, 1, 0)));
  /* And the next call works. */
  CHECK_OK(motcua_solar_to_lunar(D(2026, 2, 17), &l));
  CHECK(same_lunar(l, L(2026, 1, 1, 0)));
}

static void festivals(void) {
  motcua_date d = D(0, 0, 0);
  CHECK_OK(motcua_lunar_tet(2026, &d));
  CHECK(same_date(d, D(2026, 2, 17)));
  CHECK_OK(motcua_lunar_hung_kings_day(2026, &d));
  CHECK(same_date(d, D(2026, 4, 26)));
}

static void info_and_years(void) {
  motcua_lunar_info i;
  memset(&i, 0, sizeof i);
  CHECK_OK(motcua_solar_to_lunar_info(D(2025, 8, 22), &i));
  CHECK(same_lunar(i.date, L(2025, 6, 29, 1)));
  CHECK(i.month_length == 29);
  CHECK(i.leap_month_of_year == 6);
  CHECK(i.uncertain == 0);
  CHECK_OK(motcua_solar_to_lunar_info(D(2026, 2, 17), &i));
  CHECK(same_lunar(i.date, L(2026, 1, 1, 0)));
  CHECK(i.leap_month_of_year == 0);
  CHECK_STATUS(motcua_solar_to_lunar_info(D(1899, 12, 31), &i), MOTCUA_STATUS_LUNAR_OUT_OF_RANGE);

  motcua_date d = D(0, 0, 0);
  CHECK_OK(motcua_lunar_tet_eve(2026, &d));
  CHECK(same_date(d, D(2026, 2, 16)));

  uint8_t m = 99;
  CHECK_OK(motcua_lunar_leap_month(2025, &m));
  CHECK(m == 6);
  CHECK_OK(motcua_lunar_leap_month(2026, &m));
  CHECK(m == 0);
  CHECK_OK(motcua_lunar_leap_month(2023, &m));
  CHECK(m == 2);
  CHECK_STATUS(motcua_lunar_leap_month(2300, &m), MOTCUA_STATUS_LUNAR_OUT_OF_RANGE);

  uint8_t len = 0;
  CHECK_OK(motcua_lunar_month_length(2025, 12, 0, &len));
  CHECK(len == 29);
  CHECK_STATUS(motcua_lunar_month_length(2026, 6, 1, &len), MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE);
  CHECK_STATUS(motcua_lunar_month_length(2026, 6, 7, &len), MOTCUA_STATUS_INVALID_ARGUMENT);
  CHECK(len == 29);

  char *name = NULL;
  CHECK_OK(motcua_lunar_year_name(2026, &name));
  CHECK(name != NULL && strcmp(name, "Bính Ngọ") == 0);
  motcua_string_free(name);
  name = NULL;
  CHECK_OK(motcua_lunar_year_name(1984, &name));
  CHECK(name != NULL && strcmp(name, "Giáp Tý") == 0);
  motcua_string_free(name);
}

int main(void) {
  solar_to_lunar_values();
  lunar_to_solar_values();
  nonexistent_and_out_of_range();
  festivals();
  info_and_years();
  return report();
}
