/* The procedure catalogue through the C ABI: the embedded default (>= 20 procedures, birth
 * registration 1.001193 with its e-form), queries by code, field, service level and agency,
 * statistics, form specifications, dossier contexts, a catalogue loaded from JSON, every problem
 * of a broken one, the service levels; one catalogue shared by several threads; then misuse:
 * NULL everywhere, invalid UTF-8, malformed/truncated/huge JSON, and the handle still working
 * after every refused call. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "c/catalogues.h"
#include "c/check.h"

#define NP MOTCUA_STATUS_NULL_POINTER
#define BAD MOTCUA_STATUS_INVALID_ARGUMENT
#define UTF8 MOTCUA_STATUS_INVALID_UTF8
#define QUERY MOTCUA_STATUS_PROCEDURE_QUERY_INVALID

/* The integer after `"key":` in a JSON text, or -1. */
static long number_after(const char *json, const char *key) {
  char pattern[64];
  snprintf(pattern, sizeof pattern, "\"%s\":", key);
  const char *p = json ? strstr(json, pattern) : NULL;
  return p ? strtol(p + strlen(pattern), NULL, 10) : -1;
}

static char sentinel_char;
#define SENTINEL (&sentinel_char)

static motcua_status query(const motcua_catalogue *cat, const char *filter, char **out) {
  return motcua_catalogue_query_json(cat, (const uint8_t *)filter, filter ? strlen(filter) : 0,
                                     out);
}

/* The same with three errors: a duplicate procedure id, a step budget over the time limit,
 * an e-form id that does not exist. */
static const char BROKEN[] =
    "{\"version\":\"t2\",\"procedures\":["
    "{\"id\":\"p\",\"name\":{\"vi\":\"A\"},\"field\":\"f\",\"authorities\":[{\"level\":\"commune\","
    "\"agency\":{\"vi\":\"X\"},\"basis\":{\"source\":\"s\",\"confidence\":\"unverified\"}}],"
    "\"applicant_types\":[\"citizen\"],\"variants\":[{\"id\":\"v\",\"name\":{\"vi\":\"V\"},"
    "\"time_limit\":{\"working_days\":1},\"time_limit_basis\":{\"source\":\"s\",\"confidence\":"
    "\"unverified\"},\"steps\":[{\"code\":\"b\",\"name\":{\"vi\":\"B\"},\"budget\":"
    "{\"working_days\":5}}]}],\"result\":{\"name\":{\"vi\":\"R\"}},\"forms\":[\"khong-co\"]},"
    "{\"id\":\"p\",\"name\":{\"vi\":\"B\"},\"field\":\"f\",\"authorities\":[{\"level\":\"commune\","
    "\"agency\":{\"vi\":\"X\"},\"basis\":{\"source\":\"s\",\"confidence\":\"unverified\"}}],"
    "\"applicant_types\":[\"citizen\"],\"variants\":[{\"id\":\"v\",\"name\":{\"vi\":\"V\"},"
    "\"time_limit\":{\"working_days\":1},\"time_limit_basis\":{\"source\":\"s\",\"confidence\":"
    "\"unverified\"}}],\"result\":{\"name\":{\"vi\":\"R\"}}}]}";

static void default_catalogue(const motcua_catalogue *cat) {
  char *s = NULL;
  /* At least 20 procedures; the level statistics add up. */
  CHECK_OK(motcua_catalogue_stats_json(cat, &s));
  CHECK(number_after(s, "procedures") >= 20);
  CHECK(number_after(s, "services") >= 1);
  CHECK(number_after(s, "procedures_online") <= number_after(s, "procedures"));
  CHECK(contains(s, "\"by_level\":{"));
  CHECK(contains(s, "\"full_process\":"));
  CHECK(contains(s, "\"ho_tich\""));
  CHECK(contains(s, "\"chung_thuc\""));
  CHECK(number_after(s, "forms") >= 3);
  motcua_string_free(s);

  /* Birth registration 1.001193: civil status, commune level, with its e-form. */
  s = NULL;
  CHECK_OK(motcua_catalogue_procedure_json(cat, S("1.001193"), &s));
  CHECK(contains(s, "\"code\":\"1.001193\""));
  CHECK(contains(s, "\"vi\":\"Đăng ký khai sinh\""));
  CHECK(contains(s, "\"field\":\"ho_tich\""));
  CHECK(contains(s, "\"level\":\"commune\""));
  CHECK(contains(s, "\"forms\":[\"1.001193/to-khai-dang-ky-khai-sinh\"]"));
  CHECK(contains(s, "\"time_limit\":"));
  motcua_string_free(s);
  /* By catalogue id too; an unknown code is the JSON null, not an error. */
  s = NULL;
  CHECK_OK(motcua_catalogue_procedure_json(cat, S("chung-thuc-hop-dong-giao-dich"), &s));
  CHECK(contains(s, "\"field\":\"chung_thuc\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(motcua_catalogue_procedure_json(cat, S("9.999999"), &s));
  CHECK(s != NULL && strcmp(s, "null") == 0);
  motcua_string_free(s);

  /* Queries. By field: only civil status, birth registration among them. */
  s = NULL;
  CHECK_OK(query(cat, "{\"field\":\"ho_tich\"}", &s));
  CHECK(contains(s, "\"code\":\"1.001193\""));
  CHECK(count(s, "\"field\":\"ho_tich\"") >= 5);
  CHECK(!contains(s, "\"field\":\"chung_thuc\""));
  motcua_string_free(s);
  /* By service level (any spelling): every service listed is full-process. */
  s = NULL;
  CHECK_OK(query(cat, "{\"level\":\"toàn trình\"}", &s));
  CHECK(contains(s, "\"level\":\"full_process\""));
  CHECK(!contains(s, "\"level\":\"partial\""));
  CHECK(contains(s, "\"procedure\":\"1.001193\""));
  motcua_string_free(s);
  /* By agency, level-1 code: the H55 service of 2.000815 (certified copies). */
  s = NULL;
  CHECK_OK(query(cat, "{\"agency\":\"H55\"}", &s));
  CHECK(contains(s, "\"code\":\"2.000815.000.00.00.H55.02\""));
  CHECK(count(s, "\"agency\":\"000.00.00.H55\"") == 1);
  motcua_string_free(s);
  /* Level of government on a date: no district procedure after 2025-07-01. */
  s = NULL;
  CHECK_OK(query(cat, "{\"gov_level\":\"district\",\"on\":\"2026-08-01\"}", &s));
  CHECK(s != NULL && strcmp(s, "{\"procedures\":[],\"services\":[]}") == 0);
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(query(cat, "{\"gov_level\":\"commune\",\"field\":\"ho_tich\",\"on\":\"2026-08-01\"}", &s));
  CHECK(contains(s, "\"code\":\"1.001193\""));
  motcua_string_free(s);
  /* No filter (NULL, 0) and {} select everything alike. */
  char *all = NULL, *empty = NULL;
  CHECK_OK(query(cat, NULL, &all));
  CHECK_OK(query(cat, "{}", &empty));
  CHECK(all != NULL && empty != NULL && strcmp(all, empty) == 0);
  CHECK(count(all, "\"applicant_types\"") >= 20);
  motcua_string_free(all);
  motcua_string_free(empty);

  /* Form specifications: by form id or by procedure code; none for 3.000333. */
  s = NULL;
  CHECK_OK(motcua_catalogue_form_spec_json(cat, S("1.001193"), &s));
  CHECK(contains(s, "\"id\":\"1.001193/to-khai-dang-ky-khai-sinh\""));
  CHECK(contains(s, "\"format\":\"cccd\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(motcua_catalogue_form_spec_json(cat, S("2.000815/phieu-yeu-cau-chung-thuc-ban-sao"), &s));
  CHECK(contains(s, "\"format\":\"personal_id\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(motcua_catalogue_form_spec_json(cat, S("3.000333"), &s));
  CHECK(s != NULL && strcmp(s, "null") == 0);
  motcua_string_free(s);

  /* The dossier context of birth registration at a commune of Hà Tĩnh (H40... agency code). */
  s = NULL;
  CHECK_OK(motcua_catalogue_dossier_context_json(
      cat, S("{\"procedure\":\"1.001193\",\"receiving_agency\":\"000.01.21.H40\",\"on\":\"2026-03-02\"}"),
      &s));
  CHECK(contains(s, "\"procedure\":\"1.001193\""));
  CHECK(contains(s, "\"field\":\"ho_tich\""));
  CHECK(contains(s, "\"required_documents\":[\"tp1\""));
  CHECK(contains(s, "\"resolving_agency\":\"000.01.21.H40\""));
  CHECK(contains(s, "\"service_level\":\"full_process\""));
  motcua_string_free(s);
  s = SENTINEL;
  CHECK_STATUS(motcua_catalogue_dossier_context_json(
                   cat, S("{\"procedure\":\"9.999999\",\"receiving_agency\":\"000.01.21.H40\",\"on\":\"2026-03-02\"}"),
                   &s),
               QUERY);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(
                   cat, S("{\"procedure\":\"1.001193\",\"variant\":\"x\",\"receiving_agency\":\"000.01.21.H40\",\"on\":\"2026-03-02\"}"),
                   &s),
               MOTCUA_STATUS_DOSSIER_INVALID_CONFIG);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(
                   cat, S("{\"procedure\":\"1.001193\",\"receiving_agency\":\"ubnd\",\"on\":\"2026-03-02\"}"),
                   &s),
               MOTCUA_STATUS_DOSSIER_INVALID_CONFIG);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(cat, S("{\"procedure\":\"1.001193\"}"), &s),
               QUERY);
  CHECK(s == SENTINEL);
}

static void loaded_catalogue(void) {
  motcua_catalogue *cat = NULL;
  char *s = NULL;
  CHECK_OK(motcua_catalogue_from_json(S(ONE_PROCEDURE_CATALOGUE), &cat));
  CHECK(cat != NULL);
  CHECK_OK(motcua_catalogue_stats_json(cat, &s));
  CHECK(contains(s, "\"version\":\"t1\""));
  CHECK(number_after(s, "procedures") == 1);
  CHECK(number_after(s, "services") == 0);
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(motcua_catalogue_procedure_json(cat, S("1.000001"), &s));
  CHECK(contains(s, "\"en\":\"Test procedure\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(motcua_catalogue_form_spec_json(cat, S("1.000001"), &s));
  CHECK(s != NULL && strcmp(s, "null") == 0);
  motcua_string_free(s);
  /* Its problems: none that refuse it (warnings are allowed). */
  s = NULL;
  CHECK_OK(motcua_catalogue_problems_json(S(ONE_PROCEDURE_CATALOGUE), &s));
  CHECK(contains(s, "{\"valid\":true,\"problems\":["));
  CHECK(!contains(s, "\"severity\":\"error\""));
  motcua_string_free(s);
  motcua_catalogue_free(cat);

  /* A broken catalogue is refused (3104), and problems_json lists every problem, each with
   * a JSON pointer: the duplicate id, the step over the limit, the unknown form. */
  motcua_catalogue *bad = (motcua_catalogue *)SENTINEL;
  CHECK_STATUS(motcua_catalogue_from_json(S(BROKEN), &bad), MOTCUA_STATUS_PROCEDURE_CATALOGUE_INVALID);
  CHECK(bad == (motcua_catalogue *)SENTINEL);
  s = NULL;
  CHECK_OK(motcua_catalogue_problems_json(S(BROKEN), &s));
  CHECK(contains(s, "{\"valid\":false,"));
  CHECK(count(s, "\"severity\":\"error\"") >= 3);
  CHECK(contains(s, "\"pointer\":\"/procedures/1/id\""));
  CHECK(contains(s, "\"pointer\":\"/procedures/0/variants/0/steps"));
  CHECK(contains(s, "\"pointer\":\"/procedures/0/forms/0\""));
  CHECK(contains(s, "\"detail_vi\":"));
  motcua_string_free(s);
}

static void service_levels(void) {
  char *s = NULL;
  CHECK_OK(motcua_service_levels_json(&s));
  CHECK(count(s, "\"level\":") == 6);
  CHECK(contains(s, "{\"level\":\"level_4\",\"scheme\":\"decree43\",\"name\":\"Dịch vụ công trực tuyến mức độ 4\""));
  CHECK(contains(s, "\"name_en\":\"Full-process online service\""));
  CHECK(contains(s, "\"instrument\":\"224/2026/NĐ-CP\",\"scheme\":\"decree42\",\"effective_from\":\"2026-07-01\""));
  motcua_string_free(s);
  CHECK_STATUS(motcua_service_levels_json(NULL), NP);
}

/* Several threads share one const catalogue without a lock. */
typedef struct {
  const motcua_catalogue *cat;
  int failures;
} job;

static void *worker(void *p) {
  job *j = (job *)p;
  for (int i = 0; i < 20; i++) {
    char *s = NULL;
    if (query(j->cat, "{\"field\":\"chung_thuc\"}", &s) != MOTCUA_STATUS_OK ||
        !contains(s, "\"code\":\"2.000815\""))
      j->failures++;
    motcua_string_free(s);
    s = NULL;
    if (motcua_catalogue_procedure_json(j->cat, S("1.001193"), &s) != MOTCUA_STATUS_OK ||
        !contains(s, "Đăng ký khai sinh"))
      j->failures++;
    motcua_string_free(s);
  }
  return NULL;
}

static void threads(const motcua_catalogue *cat) {
  enum { N = 4 };
  pthread_t t[N];
  job jobs[N];
  for (int i = 0; i < N; i++) {
    jobs[i].cat = cat;
    jobs[i].failures = 0;
    CHECK(pthread_create(&t[i], NULL, worker, &jobs[i]) == 0);
  }
  for (int i = 0; i < N; i++) {
    CHECK(pthread_join(t[i], NULL) == 0);
    CHECK(jobs[i].failures == 0);
  }
}

static void misuse(const motcua_catalogue *cat) {
  char *s = SENTINEL;
  motcua_catalogue *h = (motcua_catalogue *)SENTINEL;
  static const uint8_t bad_utf8[] = {'{', '"', 0xff, '"', '}'};

  /* NULL everywhere. */
  CHECK_STATUS(motcua_catalogue_new_default(NULL), NP);
  CHECK_STATUS(motcua_catalogue_from_json(NULL, 0, &h), NP);
  CHECK_STATUS(motcua_catalogue_from_json(S(ONE_PROCEDURE_CATALOGUE), NULL), NP);
  CHECK_STATUS(motcua_catalogue_problems_json(NULL, 3, &s), NP);
  CHECK_STATUS(motcua_catalogue_problems_json(S(ONE_PROCEDURE_CATALOGUE), NULL), NP);
  CHECK_STATUS(motcua_catalogue_procedure_json(NULL, S("1.001193"), &s), NP);
  CHECK_STATUS(motcua_catalogue_procedure_json(cat, NULL, 8, &s), NP);
  CHECK_STATUS(motcua_catalogue_procedure_json(cat, S("1.001193"), NULL), NP);
  CHECK_STATUS(motcua_catalogue_query_json(NULL, S("{}"), &s), NP);
  CHECK_STATUS(motcua_catalogue_query_json(cat, NULL, 2, &s), NP);
  CHECK_STATUS(motcua_catalogue_query_json(cat, S("{}"), NULL), NP);
  CHECK_STATUS(motcua_catalogue_stats_json(NULL, &s), NP);
  CHECK_STATUS(motcua_catalogue_stats_json(cat, NULL), NP);
  CHECK_STATUS(motcua_catalogue_form_spec_json(NULL, S("x"), &s), NP);
  CHECK_STATUS(motcua_catalogue_form_spec_json(cat, NULL, 1, &s), NP);
  CHECK_STATUS(motcua_catalogue_form_spec_json(cat, S("x"), NULL), NP);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(NULL, S("{}"), &s), NP);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(cat, NULL, 2, &s), NP);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(cat, S("{}"), NULL), NP);
  motcua_catalogue_free(NULL);

  /* Invalid UTF-8. */
  CHECK_STATUS(motcua_catalogue_from_json(bad_utf8, sizeof bad_utf8, &h), UTF8);
  CHECK_STATUS(motcua_catalogue_problems_json(bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_catalogue_procedure_json(cat, bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_catalogue_query_json(cat, bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_catalogue_form_spec_json(cat, bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_catalogue_dossier_context_json(cat, bad_utf8, sizeof bad_utf8, &s), UTF8);

  /* Malformed and truncated JSON. */
  CHECK_STATUS(motcua_catalogue_from_json(S("{"), &h), MOTCUA_STATUS_PROCEDURE_CATALOGUE_PARSE);
  CHECK_STATUS(motcua_catalogue_from_json((const uint8_t *)ONE_PROCEDURE_CATALOGUE, sizeof ONE_PROCEDURE_CATALOGUE / 2, &h),
               MOTCUA_STATUS_PROCEDURE_CATALOGUE_PARSE);
  CHECK_STATUS(motcua_catalogue_from_json(S("[]"), &h), MOTCUA_STATUS_PROCEDURE_CATALOGUE_PARSE);
  CHECK_STATUS(motcua_catalogue_problems_json(S("{\"version\":"), &s),
               MOTCUA_STATUS_PROCEDURE_CATALOGUE_PARSE);
  CHECK_STATUS(query(cat, "{\"field\":", &s), QUERY);
  CHECK_STATUS(query(cat, "{\"feild\":\"ho_tich\"}", &s), QUERY);
  CHECK_STATUS(query(cat, "[]", &s), QUERY);
  CHECK_STATUS(query(cat, "{\"gov_level\":\"village\"}", &s), QUERY);
  CHECK_STATUS(query(cat, "{\"level\":\"level 9\"}", &s), MOTCUA_STATUS_LEVEL_UNKNOWN_LEVEL);
  CHECK_STATUS(query(cat, "{\"on\":\"2026-02-30\"}", &s), QUERY);

  /* Huge inputs: a filter over 1 MiB and a key over 1 KiB are refused before parsing; a
   * catalogue over 8 MiB (here 17 MiB) is the core's 3105. */
  size_t big = (size_t)(1 << 20) + 1;
  char *huge = malloc(17u << 20);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', 17u << 20);
    huge[0] = '{';
    huge[(17u << 20) - 1] = '}';
    CHECK_STATUS(motcua_catalogue_query_json(cat, (const uint8_t *)huge, big, &s), BAD);
    CHECK_STATUS(motcua_catalogue_procedure_json(cat, (const uint8_t *)huge, 1025, &s), BAD);
    CHECK_STATUS(motcua_catalogue_form_spec_json(cat, (const uint8_t *)huge, 1025, &s), BAD);
    CHECK_STATUS(motcua_catalogue_dossier_context_json(cat, (const uint8_t *)huge, big, &s), BAD);
    CHECK_STATUS(motcua_catalogue_from_json((const uint8_t *)huge, 17u << 20, &h),
                 MOTCUA_STATUS_PROCEDURE_CATALOGUE_TOO_LARGE);
    CHECK_STATUS(motcua_catalogue_problems_json((const uint8_t *)huge, 17u << 20, &s),
                 MOTCUA_STATUS_PROCEDURE_CATALOGUE_TOO_LARGE);
    free(huge);
  }

  /* Nothing was written by any failed call, and the catalogue still answers. */
  CHECK(s == SENTINEL);
  CHECK(h == (motcua_catalogue *)SENTINEL);
  s = NULL;
  CHECK_OK(motcua_catalogue_procedure_json(cat, S("1.001193"), &s));
  CHECK(contains(s, "Đăng ký khai sinh"));
  motcua_string_free(s);
}

int main(void) {
  motcua_catalogue *cat = NULL;
  CHECK_OK(motcua_catalogue_new_default(&cat));
  CHECK(cat != NULL);
  if (cat == NULL) return report();
  default_catalogue(cat);
  loaded_catalogue();
  service_levels();
  threads(cat);
  misuse(cat);
  motcua_catalogue_free(cat);
  return report();
}
