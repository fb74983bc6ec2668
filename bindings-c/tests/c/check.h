/* Minimal test harness shared by the C test programs: counts checks, prints
 * "N passed, M failed" and returns non-zero when any check failed. */
#ifndef MOTCUA_TEST_CHECK_H
#define MOTCUA_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

#include "motcua.h"

static int g_passed = 0;
static int g_failed = 0;

#define CHECK(cond)                                                              \
  do {                                                                           \
    if (cond) {                                                                  \
      g_passed++;                                                                \
    } else {                                                                     \
      g_failed++;                                                                \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
    }                                                                            \
  } while (0)

/* Checks that `expr` returns the status `expected`. */
#define CHECK_STATUS(expr, expected)                                             \
  do {                                                                           \
    motcua_status s_ = (expr);                                                   \
    motcua_status e_ = (motcua_status)(expected);                                \
    if (s_ == e_) {                                                              \
      g_passed++;                                                                \
    } else {                                                                     \
      g_failed++;                                                                \
      fprintf(stderr, "%s:%d: %s returned %u (%s), expected %u (%s)\n",          \
              __FILE__, __LINE__, #expr, (unsigned)s_, motcua_status_name(s_),   \
              (unsigned)e_, motcua_status_name(e_));                             \
    }                                                                            \
  } while (0)

#define CHECK_OK(expr) CHECK_STATUS(expr, MOTCUA_STATUS_OK)

/* A string literal as (const uint8_t *, length). */
#define S(lit) (const uint8_t *)(lit), (sizeof(lit) - 1)

/* Whether `haystack` (may be NULL) contains `needle`. */
static inline int contains(const char *haystack, const char *needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

/* Occurrences of `needle` in `haystack` (may be NULL). */
static inline int count(const char *haystack, const char *needle) {
  int n = 0;
  for (const char *p = haystack; p != NULL && (p = strstr(p, needle)) != NULL; p++) n++;
  return n;
}

static inline motcua_date D(int32_t y, int m, int d) {
  motcua_date r;
  r.year = y;
  r.month = (uint8_t)m;
  r.day = (uint8_t)d;
  return r;
}

static inline motcua_lunar_date L(int32_t y, int m, int d, int leap) {
  motcua_lunar_date r;
  r.year = y;
  r.month = (uint8_t)m;
  r.day = (uint8_t)d;
  r.leap = (uint8_t)leap;
  return r;
}

static inline int same_date(motcua_date a, motcua_date b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

static inline int same_lunar(motcua_lunar_date a, motcua_lunar_date b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.leap == b.leap;
}

/* Prints the closing line and returns the process exit code. */
static inline int report(void) {
  printf("%d passed, %d failed\n", g_passed, g_failed);
  return g_failed == 0 ? 0 : 1;
}

#endif
