/* Forms and identifiers through the C ABI: every violation of a document with its JSON pointer
 * and code (an invalid CCCD and tax code, nested in a repeating group too), soft-check
 * warnings that leave a document valid, a catalogue's e-form (birth registration), each
 * identifier validator with its parsed parts and its error codes (tax-code check digits
 * computed by hand below); then misuse: NULL everywhere, invalid UTF-8, malformed, truncated,
 * huge and deep JSON, unknown forms, and everything still working after the errors. */
#include <stdint.h>
#include <stdlib.h>

#include "c/check.h"

#define NP MOTCUA_STATUS_NULL_POINTER
#define BAD MOTCUA_STATUS_INVALID_ARGUMENT
#define UTF8 MOTCUA_STATUS_INVALID_UTF8

static char sentinel_char;
#define SENTINEL (&sentinel_char)

static const char SPEC[] =
    "{\"id\":\"test/to-khai\",\"fields\":["
    "{\"name\":\"ho_ten\",\"type\":\"text\",\"label\":{\"vi\":\"Họ tên\",\"en\":\"Full name\"},"
    "\"required\":true,\"max_length\":100},"
    "{\"name\":\"ngay_sinh\",\"type\":\"date\",\"required\":true},"
    "{\"name\":\"so_cccd\",\"type\":\"text\",\"format\":\"cccd\",\"birth_date_field\":\"ngay_sinh\"},"
    "{\"name\":\"mst\",\"type\":\"text\",\"format\":\"mst\"},"
    "{\"name\":\"thanh_vien\",\"type\":\"group\",\"repeat\":true,\"max_items\":5,\"fields\":["
    "{\"name\":\"ho_ten\",\"type\":\"text\",\"required\":true},"
    "{\"name\":\"so_cccd\",\"type\":\"text\",\"format\":\"cccd\"}]}]}";

static motcua_status validate(const char *values, char **out) {
  return motcua_form_validate_json(S(SPEC), (const uint8_t *)values, strlen(values), out);
}

static void form_reports(void) {
  char *s = NULL;
  /* 11 digits (4111), a tax code whose check digit should be 6 (4102: Σ of 0100109 10 with
   * weights 31,29,23,19,17,13,7,5,3 is 29+17+63+5 = 114, 114 mod 11 = 4, 10 − 4 = 6), and a
   * letter in a member's number (4111 at /thanh_vien/0/so_cccd): every violation, in order. */
  CHECK_OK(validate("{\"ho_ten\":\"Nguyễn Văn A\",\"ngay_sinh\":\"1990-05-02\","
                    "\"so_cccd\":\"00109901234\",\"mst\":\"0100109107\","
                    "\"thanh_vien\":[{\"ho_ten\":\"Trần Thị B\",\"so_cccd\":\"0010990123x5\"}]}",
                    &s));
  CHECK(contains(s, "{\"valid\":false,\"violations\":["));
  CHECK(contains(s, "{\"pointer\":\"/so_cccd\",\"code\":4111,\"name\":\"form.cccd_format\",\"severity\":\"error\""));
  CHECK(contains(s, "{\"pointer\":\"/mst\",\"code\":4102,\"name\":\"form.mst_check_digit\",\"severity\":\"error\""));
  CHECK(contains(s, "{\"pointer\":\"/thanh_vien/0/so_cccd\",\"code\":4111"));
  CHECK(count(s, "\"pointer\"") == 3);
  CHECK(strstr(s, "/so_cccd\"") < strstr(s, "/mst\"") &&
        strstr(s, "/mst\"") < strstr(s, "/thanh_vien/0/so_cccd"));
  CHECK(contains(s, "\"message\":\"") && contains(s, "\"message_en\":\""));
  motcua_string_free(s);

  /* The right tax code, and a CCCD that encodes 1999 for a holder born in 1990: a warning
   * (4202) only, so the document is valid. Missing required fields and an unknown member. */
  s = NULL;
  CHECK_OK(validate("{\"ho_ten\":\"Nguyễn Văn A\",\"ngay_sinh\":\"1990-05-02\","
                    "\"so_cccd\":\"001099012345\",\"mst\":\"0100109106-001\"}",
                    &s));
  CHECK(contains(s, "{\"valid\":true,\"violations\":[{\"pointer\":\"/so_cccd\",\"code\":4202,"
                    "\"name\":\"form.cccd_birth_year_mismatch\",\"severity\":\"warning\""));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(validate("{\"ngay_sinh\":\"1990-02-30\",\"khac\":1}", &s));
  CHECK(contains(s, "{\"pointer\":\"/ho_ten\",\"code\":4001"));
  CHECK(contains(s, "\"pointer\":\"/ngay_sinh\""));
  CHECK(contains(s, "{\"pointer\":\"/khac\",\"code\":4016"));
  CHECK(contains(s, "\"valid\":false"));
  motcua_string_free(s);
  s = NULL;
  CHECK_OK(validate("{\"ho_ten\":\"A\",\"ngay_sinh\":\"1990-05-02\"}", &s));
  CHECK(s != NULL && strcmp(s, "{\"valid\":true,\"violations\":[]}") == 0);
  motcua_string_free(s);
}

static void catalogue_form(const motcua_catalogue *cat) {
  char *s = NULL;
  /* The birth registration e-form, by procedure code: the requester's personal number has 11
   * digits (4111 at /nguoi_yeu_cau/so_dinh_danh), the mobile number is an old 11-digit one
   * (4121), and the child group is missing (4001 at /tre). */
  static const char doc[] =
      "{\"kinh_gui\":\"UBND xã Cẩm Bình\",\"nguoi_yeu_cau\":{\"ho_ten\":\"Nguyễn Văn A\","
      "\"loai_giay_to\":\"cccd\",\"so_dinh_danh\":\"04209901234\",\"noi_cu_tru\":\"Cẩm Bình\","
      "\"quan_he\":\"cha\",\"dien_thoai\":\"01689123456\"}}";
  CHECK_OK(motcua_catalogue_form_validate_json(cat, S("1.001193"), S(doc), &s));
  CHECK(contains(s, "\"valid\":false"));
  CHECK(contains(s, "{\"pointer\":\"/nguoi_yeu_cau/so_dinh_danh\",\"code\":4111"));
  CHECK(contains(s, "{\"pointer\":\"/nguoi_yeu_cau/dien_thoai\",\"code\":4121"));
  CHECK(contains(s, "{\"pointer\":\"/tre\",\"code\":4001"));
  motcua_string_free(s);
  /* The same form by its id gives the same report. */
  char *a = NULL, *b = NULL;
  CHECK_OK(motcua_catalogue_form_validate_json(cat, S("1.001193"), S(doc), &a));
  CHECK_OK(motcua_catalogue_form_validate_json(cat, S("1.001193/to-khai-dang-ky-khai-sinh"), S(doc), &b));
  CHECK(a != NULL && b != NULL && strcmp(a, b) == 0);
  motcua_string_free(a);
  motcua_string_free(b);
  /* A procedure without an e-form, an unknown id: 3106. */
  s = SENTINEL;
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, S("3.000333"), S("{}"), &s),
               MOTCUA_STATUS_PROCEDURE_QUERY_INVALID);
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, S("khong-co"), S("{}"), &s),
               MOTCUA_STATUS_PROCEDURE_QUERY_INVALID);
  CHECK(s == SENTINEL);
}

typedef motcua_status (*validator)(const uint8_t *, size_t, char **);

/* `f(value)` succeeds and its JSON contains `want`. */
static int ok_with(validator f, const char *value, const char *want) {
  char *s = NULL;
  motcua_status st = f((const uint8_t *)value, strlen(value), &s);
  int good = st == MOTCUA_STATUS_OK && contains(s, want);
  if (!good) fprintf(stderr, "  %s -> %u %s (want %s)\n", value, (unsigned)st, s ? s : "-", want);
  motcua_string_free(s);
  return good;
}

/* `f(value)` fails with `code` and writes nothing. */
static int fails_with(validator f, const char *value, motcua_status code) {
  char *s = SENTINEL;
  motcua_status st = f((const uint8_t *)value, strlen(value), &s);
  int good = st == code && s == SENTINEL;
  if (!good) fprintf(stderr, "  %s -> %u (want %u)\n", value, (unsigned)st, (unsigned)code);
  return good;
}

static void identifiers(void) {
  /* CCCD: Hà Nội (001), digit 0 = male born in the 1900s, year 99. */
  CHECK(ok_with(motcua_validate_cccd, "001099012345",
                "{\"number\":\"001099012345\",\"province_code\":1,\"province\":\"Hà Nội\","
                "\"gender\":\"male\",\"birth_year\":1999,\"warnings\":[]}"));
  /* 079 Hồ Chí Minh, digit 3 = female born in the 2000s, year 03. */
  CHECK(ok_with(motcua_validate_cccd, "079303001234", "\"gender\":\"female\",\"birth_year\":2003"));
  /* 003 is not a province code: a warning, still valid. */
  CHECK(ok_with(motcua_validate_cccd, "003099012345",
                "\"province\":null,\"gender\":\"male\",\"birth_year\":1999,\"warnings\":[{\"code\":4201"));
  CHECK(fails_with(motcua_validate_cccd, "00109901234", MOTCUA_STATUS_FORM_CCCD_FORMAT));
  CHECK(fails_with(motcua_validate_cccd, "0010990123456", MOTCUA_STATUS_FORM_CCCD_FORMAT));
  CHECK(fails_with(motcua_validate_cccd, " 001099012345", MOTCUA_STATUS_FORM_CCCD_FORMAT));
  CHECK(fails_with(motcua_validate_cccd, "", MOTCUA_STATUS_FORM_CCCD_FORMAT));

  CHECK(ok_with(motcua_validate_cmnd, "012345678", "{\"number\":\"012345678\"}"));
  CHECK(fails_with(motcua_validate_cmnd, "0123456789", MOTCUA_STATUS_FORM_CMND_FORMAT));
  CHECK(ok_with(motcua_validate_personal_id, "012345678", "{\"type\":\"cmnd\",\"number\":\"012345678\"}"));
  CHECK(ok_with(motcua_validate_personal_id, "001099012345", "{\"type\":\"cccd\""));
  CHECK(fails_with(motcua_validate_personal_id, "1234", MOTCUA_STATUS_FORM_PERSONAL_ID_FORMAT));

  /* Tax codes. 0100109106: Σ = 114, 114 mod 11 = 4, check 10 − 4 = 6. 1000000001: Σ = 31,
   * 31 mod 11 = 9, check 1. 1000000080: Σ = 31 + 3·8 = 55 = 5·11, no check digit exists. */
  CHECK(ok_with(motcua_validate_mst, "0100109106",
                "{\"kind\":\"organisation\",\"normalized\":\"0100109106\",\"branch\":null}"));
  CHECK(ok_with(motcua_validate_mst, "1000000001", "\"kind\":\"organisation\""));
  CHECK(ok_with(motcua_validate_mst, "0100109106001",
                "{\"kind\":\"branch\",\"normalized\":\"0100109106-001\",\"branch\":1}"));
  CHECK(ok_with(motcua_validate_mst, "001099012345", "\"kind\":\"personal_id\""));
  CHECK(fails_with(motcua_validate_mst, "0100109107", MOTCUA_STATUS_FORM_MST_CHECK_DIGIT));
  CHECK(fails_with(motcua_validate_mst, "1000000080", MOTCUA_STATUS_FORM_MST_UNUSABLE_PREFIX));
  CHECK(fails_with(motcua_validate_mst, "0000000000", MOTCUA_STATUS_FORM_MST_UNUSABLE_PREFIX));
  CHECK(fails_with(motcua_validate_mst, "0100109106-000", MOTCUA_STATUS_FORM_MST_BRANCH_ZERO));
  CHECK(fails_with(motcua_validate_mst, "01001091", MOTCUA_STATUS_FORM_MST_FORMAT));
  CHECK(fails_with(motcua_validate_mst, "0100109106_001", MOTCUA_STATUS_FORM_MST_FORMAT));

  CHECK(ok_with(motcua_validate_mobile, "0912345678",
                "{\"kind\":\"mobile\",\"national\":\"0912345678\",\"e164\":\"+84912345678\"}"));
  CHECK(ok_with(motcua_validate_mobile, "+84386123456", "\"national\":\"0386123456\""));
  CHECK(fails_with(motcua_validate_mobile, "01689123456", MOTCUA_STATUS_FORM_MOBILE_FORMAT));
  CHECK(ok_with(motcua_validate_fixed_phone, "02438251234",
                "{\"kind\":\"fixed\",\"national\":\"02438251234\",\"e164\":\"+842438251234\"}"));
  CHECK(fails_with(motcua_validate_fixed_phone, "0438251234", MOTCUA_STATUS_FORM_FIXED_PHONE_FORMAT));
  CHECK(ok_with(motcua_validate_phone, "02363821234", "\"kind\":\"fixed\""));
  CHECK(ok_with(motcua_validate_phone, "0987654321", "\"kind\":\"mobile\""));
  CHECK(fails_with(motcua_validate_phone, "0123", MOTCUA_STATUS_FORM_PHONE_FORMAT));

  CHECK(ok_with(motcua_validate_email, "Nguyen.Van.A@Example.GOV.vn",
                "{\"normalized\":\"Nguyen.Van.A@example.gov.vn\"}"));
  CHECK(fails_with(motcua_validate_email, "a..b@example.vn", MOTCUA_STATUS_FORM_EMAIL_FORMAT));
  CHECK(fails_with(motcua_validate_email, "a@b", MOTCUA_STATUS_FORM_EMAIL_FORMAT));

  CHECK(ok_with(motcua_validate_agency_code, "000.00.01.H22",
                "{\"format\":\"qcvn102\",\"level1\":\"H22\",\"code\":\"000.00.01.H22\"}"));
  CHECK(ok_with(motcua_validate_agency_code, "H55.242", "{\"format\":\"decision20\",\"level1\":\"H55\""));
  CHECK(fails_with(motcua_validate_agency_code, "h55.242", MOTCUA_STATUS_FORM_AGENCY_CODE_FORMAT));

  CHECK(ok_with(motcua_validate_dossier_code, "000.00.01.H22-250315-0007",
                "\"date\":\"2025-03-15\",\"sequence\":7}"));
  CHECK(ok_with(motcua_validate_dossier_code, "000.00.01.H22-250315-0007", "\"level1\":\"H22\""));
  CHECK(fails_with(motcua_validate_dossier_code, "000.00.01.H22-250230-0007", MOTCUA_STATUS_FORM_DOSSIER_CODE_DATE));
  CHECK(fails_with(motcua_validate_dossier_code, "000.00.01.H22-250315-0000", MOTCUA_STATUS_FORM_DOSSIER_CODE_DATE));
  CHECK(fails_with(motcua_validate_dossier_code, "H22-250315-7", MOTCUA_STATUS_FORM_DOSSIER_CODE_FORMAT));
}

static void misuse(const motcua_catalogue *cat) {
  char *s = SENTINEL;
  static const uint8_t bad_utf8[] = {'{', '"', 'a', '"', ':', '"', 0xc3, 0x28, '"', '}'};
  const validator all[] = {motcua_validate_cccd,   motcua_validate_cmnd,        motcua_validate_personal_id,
                           motcua_validate_mst,    motcua_validate_mobile,      motcua_validate_fixed_phone,
                           motcua_validate_phone,  motcua_validate_email,       motcua_validate_agency_code,
                           motcua_validate_dossier_code};

  /* NULL everywhere. */
  CHECK_STATUS(motcua_form_validate_json(NULL, 2, S("{}"), &s), NP);
  CHECK_STATUS(motcua_form_validate_json(S(SPEC), NULL, 2, &s), NP);
  CHECK_STATUS(motcua_form_validate_json(S(SPEC), S("{}"), NULL), NP);
  CHECK_STATUS(motcua_catalogue_form_validate_json(NULL, S("1.001193"), S("{}"), &s), NP);
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, NULL, 8, S("{}"), &s), NP);
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, S("1.001193"), NULL, 2, &s), NP);
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, S("1.001193"), S("{}"), NULL), NP);
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    CHECK_STATUS(all[i](NULL, 0, &s), NP);
    CHECK_STATUS(all[i](S("0912345678"), NULL), NP);
    CHECK_STATUS(all[i](bad_utf8, sizeof bad_utf8, &s), UTF8);
  }

  /* Invalid UTF-8. */
  CHECK_STATUS(motcua_form_validate_json(bad_utf8, sizeof bad_utf8, S("{}"), &s), UTF8);
  CHECK_STATUS(motcua_form_validate_json(S(SPEC), bad_utf8, sizeof bad_utf8, &s), UTF8);
  CHECK_STATUS(motcua_catalogue_form_validate_json(cat, bad_utf8, sizeof bad_utf8, S("{}"), &s), UTF8);

  /* Malformed inputs are statuses: the specification (4901), one with problems (4902: a
   * form needs a field; a minimum on a text field), the document (4903), truncated. */
  CHECK_STATUS(motcua_form_validate_json(S("{\"id\":\"x\"}"), S("{}"), &s), MOTCUA_STATUS_FORM_SPEC_PARSE);
  CHECK_STATUS(motcua_form_validate_json(S("{\"id\":"), S("{}"), &s), MOTCUA_STATUS_FORM_SPEC_PARSE);
  CHECK_STATUS(motcua_form_validate_json(S("{\"id\":\"x\",\"fields\":[]}"), S("{}"), &s),
               MOTCUA_STATUS_FORM_SPEC_INVALID);
  CHECK_STATUS(motcua_form_validate_json(S("{\"id\":\"x\",\"fields\":[{\"name\":\"a\",\"type\":\"text\",\"min\":3}]}"),
                                         S("{}"), &s),
               MOTCUA_STATUS_FORM_SPEC_INVALID);
  CHECK_STATUS(validate("{\"ho_ten\":", &s), MOTCUA_STATUS_FORM_DOCUMENT_PARSE);
  CHECK_STATUS(validate("", &s), MOTCUA_STATUS_FORM_DOCUMENT_PARSE);
  CHECK_STATUS(motcua_form_validate_json(S(SPEC), (const uint8_t *)"{\"ho_ten\":\"A\"}", 7, &s),
               MOTCUA_STATUS_FORM_DOCUMENT_PARSE);

  /* Hostile documents: over 1 MiB (4910), a string over 64 KiB (4911), 1,001 items (4912),
   * nested 40 deep (4913). */
  size_t big = (size_t)(1 << 20) + 16;
  char *huge = malloc(big + 1);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, 'a', big);
    memcpy(huge, "{\"ho_ten\":\"", 11);
    memcpy(huge + big - 2, "\"}", 2);
    huge[big] = '\0';
    CHECK_STATUS(validate(huge, &s), MOTCUA_STATUS_FORM_TOO_MANY_BYTES);
    CHECK_STATUS(motcua_form_validate_json((const uint8_t *)huge, big, S("{}"), &s),
                 MOTCUA_STATUS_FORM_TOO_MANY_BYTES);
    /* 70,000 characters of text: one string too long. */
    size_t n = 70000;
    memcpy(huge + n, "\"}", 3);
    CHECK_STATUS(validate(huge, &s), MOTCUA_STATUS_FORM_STRING_TOO_LONG);
    /* A key over 1 KiB for a catalogue form. */
    CHECK_STATUS(motcua_catalogue_form_validate_json(cat, (const uint8_t *)huge, 1025, S("{}"), &s), BAD);
    /* 1,001 members of the repeating group. */
    char *p = huge;
    p += sprintf(p, "{\"thanh_vien\":[");
    for (int i = 0; i < 1001; i++) p += sprintf(p, "%s{}", i ? "," : "");
    sprintf(p, "]}");
    CHECK_STATUS(validate(huge, &s), MOTCUA_STATUS_FORM_ARRAY_TOO_LONG);
    p = huge;
    p += sprintf(p, "{\"thanh_vien\":");
    for (int i = 0; i < 40; i++) *p++ = '[';
    for (int i = 0; i < 40; i++) *p++ = ']';
    sprintf(p, "}");
    CHECK_STATUS(validate(huge, &s), MOTCUA_STATUS_FORM_TOO_DEEP);
    free(huge);
  }
  CHECK(s == SENTINEL);

  /* Still working after every error. */
  s = NULL;
  CHECK_OK(validate("{\"ho_ten\":\"A\",\"ngay_sinh\":\"1990-05-02\",\"mst\":\"0100109107\"}", &s));
  CHECK(contains(s, "{\"pointer\":\"/mst\",\"code\":4102"));
  motcua_string_free(s);
  CHECK(ok_with(motcua_validate_mst, "0100109106", "\"kind\":\"organisation\""));
}

int main(void) {
  motcua_catalogue *cat = NULL;
  CHECK_OK(motcua_catalogue_new_default(&cat));
  if (cat == NULL) return report();
  form_reports();
  catalogue_form(cat);
  identifiers();
  misuse(cat);
  motcua_catalogue_free(cat);
  return report();
}
