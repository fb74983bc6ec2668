//! The e-forms of the embedded default catalogue without the rest of it.

use std::collections::BTreeMap;

use super::{DEFAULT_FORMS, ProcedureError, find_procedure};
use crate::form::{Form, FormSpec};

include!(concat!(env!("OUT_DIR"), "/procedure_forms.rs"));

/// The e-forms of [`Catalogue::vietnam_default`](super::Catalogue::vietnam_default), resolved
/// by form id or procedure code/id exactly as its [`form_for`](super::Catalogue::form_for),
/// without reading the catalogue's procedures and services: what a forms-only program (the
/// WASM forms module) needs, without the catalogue model's readers. The procedures' e-form
/// references are taken from the catalogue at build time.
///
/// ```
/// use motcua::procedure::EmbeddedForms;
/// let forms = EmbeddedForms::try_load().unwrap();
/// assert_eq!(forms.form_for("1.001193").unwrap().spec().id, "1.001193/to-khai-dang-ky-khai-sinh");
/// assert!(forms.form_for("2.000815/phieu-yeu-cau-chung-thuc-ban-sao").is_some());
/// assert!(forms.form_for("9.999999").is_none());
/// ```
#[derive(Debug, Clone)]
pub struct EmbeddedForms {
    forms: BTreeMap<String, Form>,
}

impl EmbeddedForms {
    /// Reads and compiles the embedded e-forms.
    pub fn try_load() -> Result<EmbeddedForms, crate::Error> {
        let specs: Vec<FormSpec> =
            serde_json::from_str(DEFAULT_FORMS).map_err(|e| ProcedureError::CatalogueParse {
                detail: e.to_string(),
            })?;
        let mut forms = BTreeMap::new();
        for spec in specs {
            // The default catalogue refuses duplicate ids (and it loads: tested), so there are none.
            forms.insert(spec.id.clone(), Form::new(spec)?);
        }
        Ok(EmbeddedForms { forms })
    }

    /// The e-form with this id, else the first e-form of the procedure with this code (else id)
    /// that exists, as [`Catalogue::form_for`](super::Catalogue::form_for).
    pub fn form_for(&self, key: &str) -> Option<&Form> {
        self.forms.get(key).or_else(|| {
            find_procedure(PROCEDURE_FORMS, key, |p| p.0, |p| p.1)?
                .2
                .iter()
                .find_map(|id| self.forms.get(*id))
        })
    }

    /// Every embedded e-form, by id.
    pub fn forms(&self) -> impl Iterator<Item = &Form> {
        self.forms.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::Catalogue;

    #[test]
    fn resolves_as_the_catalogue() {
        let cat = Catalogue::vietnam_default();
        let lean = EmbeddedForms::try_load().unwrap();
        let mut keys: Vec<String> = vec!["".into(), "9.999999".into(), "1.001193/".into()];
        for p in cat.procedures() {
            keys.push(p.id.clone());
            keys.extend(p.code.clone());
            keys.extend(p.forms.iter().cloned());
        }
        keys.extend(cat.doc().forms.iter().map(|f| f.id.clone()));
        let mut found = 0;
        for k in &keys {
            let a = cat
                .form_for(k)
                .map(|f| serde_json::to_string(f.spec()).unwrap());
            let b = lean
                .form_for(k)
                .map(|f| serde_json::to_string(f.spec()).unwrap());
            assert_eq!(a, b, "{k:?}");
            found += usize::from(a.is_some());
        }
        assert!(found >= 6, "{found}");
        assert_eq!(lean.forms().count(), cat.doc().forms.len());
        // The build-time index is the catalogue's procedures, in order.
        let index: Vec<_> = cat
            .procedures()
            .iter()
            .map(|p| (p.code.as_deref(), p.id.as_str(), p.forms.clone()))
            .collect();
        let built: Vec<_> = PROCEDURE_FORMS
            .iter()
            .map(|(c, i, f)| (*c, *i, f.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
            .collect();
        assert_eq!(index, built);
    }
}
