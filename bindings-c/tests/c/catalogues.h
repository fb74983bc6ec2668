/* Catalogue documents shared by the C test programs that load catalogues. */
#ifndef MOTCUA_TEST_CATALOGUES_H
#define MOTCUA_TEST_CATALOGUES_H

/* A small valid catalogue of one procedure (one variant of 3 working days, one step). */
static const char ONE_PROCEDURE_CATALOGUE[] =
    "{\"version\":\"t1\",\"procedures\":[{\"id\":\"1.000001\",\"code\":\"1.000001\","
    "\"name\":{\"vi\":\"Thủ tục thử\",\"en\":\"Test procedure\"},\"field\":\"thu_nghiem\","
    "\"authorities\":[{\"level\":\"commune\",\"agency\":{\"vi\":\"UBND cấp xã\"},"
    "\"basis\":{\"source\":\"test\",\"confidence\":\"unverified\"}}],"
    "\"applicant_types\":[\"citizen\"],"
    "\"variants\":[{\"id\":\"v1\",\"name\":{\"vi\":\"Chung\"},\"time_limit\":{\"working_days\":3},"
    "\"time_limit_basis\":{\"source\":\"test\",\"confidence\":\"unverified\"},"
    "\"steps\":[{\"code\":\"b1\",\"name\":{\"vi\":\"Thẩm định\"},\"budget\":{\"working_days\":2}}]}],"
    "\"result\":{\"name\":{\"vi\":\"Kết quả\"}}}]}";

#endif
