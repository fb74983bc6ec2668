//! The National Public Service Portal (DVCQG): status codes 1–10 and the sync record.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::DossierError;
use super::log::Dossier;
use super::types::Status;
use crate::Error;
use crate::deadline::Channel;

/// Names of the DVCQG status codes 1–10 (domain brief §5.4; no legal text found [C]).
pub const PORTAL_STATUS_NAMES: [(u8, &str); 10] = [
    (1, "Mới đăng ký"),
    (2, "Được tiếp nhận"),
    (3, "Không được tiếp nhận"),
    (4, "Đang xử lý"),
    (5, "Yêu cầu bổ sung giấy tờ"),
    (6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    (7, "Công dân yêu cầu rút hồ sơ"),
    (8, "Dừng xử lý"),
    (9, "Đã xử lý xong"),
    (10, "Đã trả kết quả"),
];

/// Mapping from states to DVCQG status codes. Systems differ (codes 6–8 especially), so it
/// is configuration: [`StatusMapping::default`] is the brief's table; override entries with
/// [`StatusMapping::from_json`] (`{"withdrawn": 8}`; `null` = not synced).
///
/// Default: draft → not synced; submitted 1; received 2; refused at receipt 3; processing
/// and at another agency 4; supplementation requested (at the desk or during processing) 5;
/// awaiting payment 6; withdrawal requested and withdrawn 7; stopped and denied 8; result
/// ready and in transit 9; returned 10.
///
/// ```
/// use motcua::dossier::{Status, StatusMapping};
/// let m = StatusMapping::default();
/// assert_eq!(m.code(Status::AtOtherAgency), Some(4));
/// assert_eq!(m.code(Status::Draft), None);
/// let m2 = StatusMapping::from_json(r#"{"withdrawn": 8}"#)?;
/// assert_eq!(m2.code(Status::Withdrawn), Some(8));
/// assert_eq!(StatusMapping::from_json(r#"{"withdrawn": 11}"#).unwrap_err().code(), 5010);
/// assert_eq!(StatusMapping::from_json(r#"{"flying": 1}"#).unwrap_err().code(), 5006);
/// # Ok::<(), motcua::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusMapping {
    map: BTreeMap<Status, Option<u8>>,
}

impl Default for StatusMapping {
    fn default() -> Self {
        use Status as S;
        let map = Status::ALL
            .iter()
            .map(|&s| {
                let c = match s {
                    S::Draft => None,
                    S::Submitted => Some(1),
                    S::Received => Some(2),
                    S::RefusedAtReceipt => Some(3),
                    S::Processing | S::AtOtherAgency => Some(4),
                    S::SupplementRequestedAtDesk | S::SupplementRequested => Some(5),
                    S::AwaitingPayment => Some(6),
                    S::WithdrawalRequested | S::Withdrawn => Some(7),
                    S::Stopped | S::Denied => Some(8),
                    S::ResultReady | S::InTransit => Some(9),
                    S::Returned => Some(10),
                };
                (s, c)
            })
            .collect();
        StatusMapping { map }
    }
}

impl StatusMapping {
    /// The code of a state (`None`: not synced).
    pub fn code(&self, s: Status) -> Option<u8> {
        self.map.get(&s).copied().flatten()
    }

    /// Sets one entry (codes 1–10 or `None`).
    pub fn set(&mut self, s: Status, code: Option<u8>) -> Result<(), Error> {
        if let Some(c) = code {
            if !(1..=10).contains(&c) {
                return Err(DossierError::config(
                    "status mapping",
                    format!("code {c} for {s} is not in 1..=10"),
                    format!("mã {c} của trạng thái {s} không thuộc 1..=10"),
                )
                .into());
            }
        }
        self.map.insert(s, code);
        Ok(())
    }

    /// The default mapping with the entries of a JSON object overridden.
    pub fn from_json(json: &str) -> Result<StatusMapping, Error> {
        super::log::check_bytes(
            "status mapping",
            json,
            crate::limits::InputLimits::default().document_bytes,
        )?;
        let over: BTreeMap<Status, Option<u8>> =
            serde_json::from_str(json).map_err(|e| DossierError::parse("status mapping", e))?;
        let mut m = StatusMapping::default();
        for (s, c) in over {
            m.set(s, c)?;
        }
        Ok(m)
    }
}

/// `yyyyMMddHHmmss` (Vietnam local time, as the instants of this library are).
pub fn portal_datetime(t: NaiveDateTime) -> String {
    crate::text::compact_datetime(t)
}

/// A supplementation record of the sync (`DanhSachHoSoBoSung[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncSupplement {
    /// `NoiDungBoSung`.
    #[serde(rename = "NoiDungBoSung")]
    pub content: String,
    /// `NgayBoSung` (request).
    #[serde(rename = "NgayBoSung")]
    pub requested_at: String,
    /// `NgayTiepNhanBoSung` (fulfilment), empty while waiting.
    #[serde(rename = "NgayTiepNhanBoSung")]
    pub received_at: String,
    /// `NgayHenTraTruoc`.
    #[serde(rename = "NgayHenTraTruoc")]
    pub due_before: String,
    /// `NgayHenTraMoi`.
    #[serde(rename = "NgayHenTraMoi")]
    pub due_after: String,
}

/// The sync record of a dossier (`DongBoHoSoMC`; field names as in the national portal's
/// sync payload seen in public code [C], dates `yyyyMMddHHmmss`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncRecord {
    /// `MaHoSo`: the dossier code (empty before receipt).
    #[serde(rename = "MaHoSo")]
    pub code: String,
    /// `MaTTHC`.
    #[serde(rename = "MaTTHC")]
    pub procedure: String,
    /// `MaLinhVuc`.
    #[serde(rename = "MaLinhVuc")]
    pub field: String,
    /// `ChuHoSo`.
    #[serde(rename = "ChuHoSo")]
    pub applicant: String,
    /// `KenhThucHien`: 1 direct, 2 online, 3 public post.
    #[serde(rename = "KenhThucHien")]
    pub channel: u8,
    /// `NgayNopHoSo` (field name unverified).
    #[serde(rename = "NgayNopHoSo")]
    pub submitted_at: String,
    /// `NgayTiepNhan`.
    #[serde(rename = "NgayTiepNhan")]
    pub received_at: String,
    /// `NgayHenTra`.
    #[serde(rename = "NgayHenTra")]
    pub due_at: String,
    /// `NgayKetThucXuLy`.
    #[serde(rename = "NgayKetThucXuLy")]
    pub finished_at: String,
    /// `NgayTra`.
    #[serde(rename = "NgayTra")]
    pub returned_at: String,
    /// `TrangThaiHoSo` (1–10; 0 when the state is not synced).
    #[serde(rename = "TrangThaiHoSo")]
    pub status: u8,
    /// `DonViXuLy`: the resolving agency.
    #[serde(rename = "DonViXuLy")]
    pub agency: String,
    /// `DuocThanhToanTrucTuyen`: 1 when paid online, 0 otherwise.
    #[serde(rename = "DuocThanhToanTrucTuyen")]
    pub paid_online: u8,
    /// `DanhSachHoSoBoSung`.
    #[serde(rename = "DanhSachHoSoBoSung")]
    pub supplements: Vec<SyncSupplement>,
}

impl Dossier {
    /// The sync record under a status mapping.
    ///
    /// ```
    /// # use motcua::dossier::*;
    /// let d = Dossier::new("x");
    /// let r = d.sync_record(&StatusMapping::default());
    /// assert_eq!((r.status, r.code.as_str()), (0, ""));
    /// ```
    pub fn sync_record(&self, mapping: &StatusMapping) -> SyncRecord {
        let st = self.state();
        let dt = |t: Option<NaiveDateTime>| t.map(portal_datetime).unwrap_or_default();
        let mut supplements = Vec::new();
        let mut pending: Option<(String, NaiveDateTime, NaiveDateTime)> = None;
        for e in self.events() {
            match &e.event {
                super::EventKind::SupplementRequested { form } => {
                    let before = st.original_due.map(|d| d.appointment_at).unwrap_or(e.at);
                    pending = Some((form.missing.join(", "), e.at, before));
                }
                super::EventKind::Supplemented { due, .. } => {
                    if let Some((content, req, before)) = pending.take() {
                        supplements.push(SyncSupplement {
                            content,
                            requested_at: portal_datetime(req),
                            received_at: portal_datetime(e.at),
                            due_before: portal_datetime(before),
                            due_after: portal_datetime(due.appointment_at),
                        });
                    }
                }
                _ => {}
            }
        }
        if let Some((content, req, before)) = pending {
            supplements.push(SyncSupplement {
                content,
                requested_at: portal_datetime(req),
                received_at: String::new(),
                due_before: portal_datetime(before),
                due_after: String::new(),
            });
        }
        let ctx = st.context.as_deref();
        SyncRecord {
            code: st.code.clone().unwrap_or_default(),
            procedure: ctx.map(|c| c.procedure.clone()).unwrap_or_default(),
            field: ctx.map(|c| c.field.clone()).unwrap_or_default(),
            applicant: st
                .applicant
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            channel: match st.channel {
                Channel::Desk => 1,
                Channel::Online => 2,
                Channel::Postal => 3,
            },
            submitted_at: dt(st.submitted_at),
            received_at: dt(st.received_at),
            due_at: dt(st.due.map(|d| d.appointment_at)),
            finished_at: dt(st.finished_at),
            returned_at: dt(st.returned_at),
            status: if st.created {
                mapping.code(st.status).unwrap_or(0)
            } else {
                0
            },
            agency: ctx.map(|c| c.resolving_agency.clone()).unwrap_or_default(),
            paid_online: u8::from(st.paid_online),
            supplements,
        }
    }
}
