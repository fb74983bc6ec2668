/* One calendar handle and one catalogue handle shared by 8 threads (pthreads), each making
 * thousands of calls: motcua_calendar_add_working_days, motcua_solar_to_lunar,
 * motcua_compute_due_json and motcua_catalogue_form_validate_json (plus
 * motcua_form_validate_json with a specification of our own), every result compared with
 * the value the main thread computed first. The handles are immutable (const pointers):
 * no lock is taken. Run under valgrind by `.ci/run` (memcheck), shared and static.
 *
 * The number of rounds is argv[1] (default 4 000 for the cheap calls; the JSON calls run on
 * every 16th round). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "c/check.h"

#define STR(s) (const uint8_t *)(s), strlen(s)

enum { THREADS = 8, DATES = 64, DUES = 6, FORMS = 3 };

static const char *const RECEIVED[DUES] = {
    "2026-04-23T09:00", "2026-02-13T10:00", "2026-08-28T16:30",
    "2026-12-31T11:00", "2027-02-05T08:00", "2025-09-01T14:00",
};
static const char *const LIMITS[DUES] = {
    "{\"working_days\":3}", "{\"working_days\":1}",  "{\"working_days\":5}",
    "{\"calendar_days\":15}", "{\"working_days\":20}", "{\"same_day\":{}}",
};
static const char *const DOCS[FORMS] = {
    "{\"nguoi_yeu_cau\":{\"so_dinh_danh\":\"04209001234\"}}",
    "{}",
    "{\"nguoi_yeu_cau\":{\"ho_ten\":\"Nguyễn Văn A\",\"so_dinh_danh\":\"001099012345\"}}",
};
static const char SPEC[] =
    "{\"id\":\"test/threads\",\"fields\":["
    "{\"name\":\"ho_ten\",\"type\":\"text\",\"required\":true,\"max_length\":100},"
    "{\"name\":\"so_cccd\",\"type\":\"text\",\"format\":\"cccd\"},"
    "{\"name\":\"mst\",\"type\":\"text\",\"format\":\"mst\"}]}";
static const char *const SPEC_DOCS[2] = {
    "{\"ho_ten\":\"Trần Thị B\",\"so_cccd\":\"001099012345\",\"mst\":\"0100109106\"}",
    "{\"so_cccd\":\"123\",\"mst\":\"0100109107\"}",
};

typedef struct {
  motcua_date dates[DATES];
  int64_t n[DATES];
  motcua_date added[DATES];
  motcua_lunar_date lunar[DATES];
  char *due[DUES];
  char *form[FORMS];
  char *spec_form[2];
} expected;

typedef struct {
  const motcua_calendar *cal;
  const motcua_catalogue *cat;
  const expected *want;
  int rounds;
  int index;
  long calls;
  long failures;
} job;

/* Everything on the main thread first. */
static void compute(const motcua_calendar *cal, const motcua_catalogue *cat, expected *e) {
  for (int i = 0; i < DATES; i++) {
    /* dates spread over 2010–2030, limits from -40 to +60 working days */
    e->dates[i] = D(2010 + (i * 7) % 21, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
    e->n[i] = (int64_t)((i * 37) % 101) - 40;
    CHECK_OK(motcua_calendar_add_working_days(cal, e->dates[i], e->n[i], &e->added[i]));
    CHECK_OK(motcua_solar_to_lunar(e->dates[i], &e->lunar[i]));
  }
  for (int i = 0; i < DUES; i++) {
    e->due[i] = NULL;
    CHECK_OK(motcua_compute_due_json(cal, STR(RECEIVED[i]), STR(LIMITS[i]), NULL, 0,
                                     (motcua_lang)(i % 2), &e->due[i]));
  }
  for (int i = 0; i < FORMS; i++) {
    e->form[i] = NULL;
    CHECK_OK(motcua_catalogue_form_validate_json(cat, S("1.001193"), STR(DOCS[i]), &e->form[i]));
  }
  for (int i = 0; i < 2; i++) {
    e->spec_form[i] = NULL;
    CHECK_OK(motcua_form_validate_json(S(SPEC), STR(SPEC_DOCS[i]), &e->spec_form[i]));
  }
}

static void release(expected *e) {
  for (int i = 0; i < DUES; i++) motcua_string_free(e->due[i]);
  for (int i = 0; i < FORMS; i++) motcua_string_free(e->form[i]);
  for (int i = 0; i < 2; i++) motcua_string_free(e->spec_form[i]);
}

/* Compares a returned string with the expected one and frees it. */
static void same_text(job *j, motcua_status st, char *got, const char *want) {
  j->calls++;
  if (st != MOTCUA_STATUS_OK || got == NULL || strcmp(got, want) != 0) j->failures++;
  motcua_string_free(got);
}

static void *worker(void *arg) {
  job *j = arg;
  const expected *e = j->want;
  for (int r = 0; r < j->rounds; r++) {
    int i = (r * 13 + j->index * 7) % DATES; /* each thread walks the dates in its own order */
    motcua_date d;
    motcua_lunar_date l;
    j->calls += 2;
    if (motcua_calendar_add_working_days(j->cal, e->dates[i], e->n[i], &d) != MOTCUA_STATUS_OK ||
        !same_date(d, e->added[i]))
      j->failures++;
    if (motcua_solar_to_lunar(e->dates[i], &l) != MOTCUA_STATUS_OK || !same_lunar(l, e->lunar[i]))
      j->failures++;
    if (r % 16 == 0) {
      int k = (r / 16 + j->index) % DUES;
      char *s = NULL;
      motcua_status st = motcua_compute_due_json(j->cal, STR(RECEIVED[k]), STR(LIMITS[k]), NULL, 0,
                                                 (motcua_lang)(k % 2), &s);
      same_text(j, st, s, e->due[k]);
      int f = (r / 16 + j->index) % FORMS;
      s = NULL;
      st = motcua_catalogue_form_validate_json(j->cat, S("1.001193"), STR(DOCS[f]), &s);
      same_text(j, st, s, e->form[f]);
      s = NULL;
      st = motcua_form_validate_json(S(SPEC), STR(SPEC_DOCS[r / 16 % 2]), &s);
      same_text(j, st, s, e->spec_form[r / 16 % 2]);
    }
  }
  return NULL;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 4000;
  if (rounds <= 0) rounds = 4000;
  motcua_calendar *cal = NULL;
  motcua_catalogue *cat = NULL;
  CHECK_OK(motcua_calendar_new_civil_service(&cal));
  CHECK_OK(motcua_catalogue_new_default(&cat));
  if (cal == NULL || cat == NULL) return report();

  expected want;
  compute(cal, cat, &want);
  /* A sanity anchor: the quickstart's slip (received Thu 23 Apr 2026, 3 working days). */
  CHECK(strstr(want.due[0], "\"legal_due_date\":\"2026-04-29\"") != NULL);

  pthread_t t[THREADS];
  job jobs[THREADS];
  for (int i = 0; i < THREADS; i++) {
    jobs[i] = (job){.cal = cal, .cat = cat, .want = &want, .rounds = rounds, .index = i};
    CHECK(pthread_create(&t[i], NULL, worker, &jobs[i]) == 0);
  }
  long calls = 0;
  for (int i = 0; i < THREADS; i++) {
    CHECK(pthread_join(t[i], NULL) == 0);
    CHECK(jobs[i].failures == 0);
    CHECK(jobs[i].calls >= rounds * 2L);
    calls += jobs[i].calls;
  }
  printf("%d threads, %ld calls on one calendar and one catalogue, all equal to the main thread's\n",
         THREADS, calls);

  release(&want);
  motcua_catalogue_free(cat);
  motcua_calendar_free(cal);
  return report();
}
