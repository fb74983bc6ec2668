//! Validating the realistic birth-registration e-form (40 values in 4 groups, with CCCD,
//! mobile, fixed-line and e-mail checks, conditional rules and a one-of rule): from a parsed
//! `serde_json::Value` and from JSON text. Target: median ≤ 10 µs for the parsed value.
//!
//! Run: `cargo bench -p motcua --bench form`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use motcua::form::id::{validate_cccd, validate_mst};
use motcua::form::{Form, FormSpec};
use serde_json::{Value, json};

const FORMS: &str = include_str!("../data/catalogue-forms.json");

fn doc() -> Value {
    json!({
        "kinh_gui": "UBND phường Ba Đình, thành phố Hà Nội",
        "nguoi_yeu_cau": {
            "ho_ten": "Nguyễn Văn An", "loai_giay_to": "cccd", "so_dinh_danh": "001090012345",
            "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội", "quan_he": "cha",
            "dien_thoai": "0912345678", "dien_thoai_co_dinh": "02438251234", "email": "an.nguyen@example.vn"
        },
        "tre": {
            "ho_ten": "Nguyễn Minh Khang", "ngay_sinh": "2026-03-02", "ngay_sinh_bang_chu": "Ngày hai tháng ba năm hai nghìn không trăm hai mươi sáu",
            "gioi_tinh": "nam", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_sinh": "Bệnh viện Phụ sản Hà Nội", "que_quan": "Nam Định"
        },
        "me": {"ho_ten": "Trần Thị Bình", "ngay_sinh": "1992-07-15", "so_dinh_danh": "036192012345", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội"},
        "cha": {"ho_ten": "Nguyễn Văn An", "ngay_sinh": "1990-01-20", "so_dinh_danh": "001090012345", "dan_toc": "Kinh", "quoc_tich": "Việt Nam", "noi_cu_tru": "12 Phan Đình Phùng, Ba Đình, Hà Nội"},
        "giay_chung_sinh": {"id": "upl-7f3a", "name": "giay-chung-sinh.pdf", "mime": "application/pdf", "size": 482113},
        "de_nghi_cap_ban_sao": true, "so_ban_sao": 2,
        "hinh_thuc_nhan": "buu_chinh", "dia_chi_nhan": "12 Phan Đình Phùng, Ba Đình, Hà Nội",
        "lam_tai": "Hà Nội", "ngay_khai": "2026-03-10", "cam_doan": true
    })
}

fn bench(c: &mut Criterion) {
    let specs: Vec<FormSpec> = serde_json::from_str(FORMS).unwrap_or_default();
    let Some(spec) = specs.into_iter().next() else {
        return;
    };
    let Ok(form) = Form::new(spec) else {
        return;
    };
    let valid = doc();
    let text = valid.to_string();
    let mut invalid = doc();
    invalid["nguoi_yeu_cau"]["so_dinh_danh"] = json!("00109001234");
    invalid["tre"]["ngay_sinh"] = json!("2026-02-30");
    invalid["cam_doan"] = json!(false);
    invalid["me"]["so_dinh_danh"] = json!("036185012345");

    c.bench_function("form/validate_value_40_fields", |b| {
        b.iter(|| form.validate(black_box(&valid)))
    });
    c.bench_function("form/validate_value_40_fields_4_violations", |b| {
        b.iter(|| form.validate(black_box(&invalid)))
    });
    c.bench_function("form/validate_json_text_40_fields", |b| {
        b.iter(|| form.validate_json(black_box(&text)))
    });
    c.bench_function("id/validate_mst", |b| {
        b.iter(|| validate_mst(black_box("0100109106-001")))
    });
    let mut g = c.benchmark_group("procedure");
    g.sample_size(30);
    g.bench_function("catalogue_load_embedded", |b| {
        b.iter(motcua::procedure::Catalogue::try_vietnam_default)
    });
    g.finish();
    c.bench_function("id/validate_cccd", |b| {
        b.iter(|| validate_cccd(black_box("001099012345")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
