//! Sellers v1 getMarketplaceParticipations (`{"payload": [{marketplace, participation,
//! storeName}]}`) → the marketplaces of the marketplace table the seller takes part in, and the
//! store's name. Tolerant like the other readers: entries without a known marketplace id are
//! skipped, a missing `isParticipating` counts as taking part (the model requires it; a seller
//! Amazon lists is one it let in).

use orderlens::marketplace::Marketplace;

use super::lenient::{at, code, objects, parse_object, prose, MappingError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participations {
    /// In the marketplace table's order, each once.
    pub marketplaces: Vec<&'static Marketplace>,
    /// The first `storeName` Amazon gave.
    pub store_name: Option<String>,
}

pub fn participations(body: &[u8]) -> Result<Participations, MappingError> {
    let doc = parse_object(body)?;
    if !at(&doc, &["payload"]).is_some_and(|p| p.is_array()) {
        return Err(MappingError("no `payload` list"));
    }
    let mut store_name = None;
    let mut ids = Vec::new();
    for entry in objects(&doc, &["payload"]) {
        let taking_part = at(entry, &["participation", "isParticipating"]).and_then(|v| v.as_bool()).unwrap_or(true);
        let Some(mp) = code(entry, &["marketplace", "id"]).as_deref().and_then(Marketplace::by_id) else { continue };
        if taking_part {
            ids.push(mp.id);
            store_name = store_name.or_else(|| prose(entry, &["storeName"]));
        }
    }
    let marketplaces = Marketplace::all().iter().filter(|m| ids.contains(&m.id)).collect();
    Ok(Participations { marketplaces, store_name })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_us_store() {
        let body = include_str!(
            "../../../../tests/fixtures/spapi/sellers/getMarketplaceParticipations__200__orderlens__one_us_store.json"
        );
        let p = participations(body.as_bytes()).unwrap();
        assert_eq!(p.marketplaces.iter().map(|m| m.code).collect::<Vec<_>>(), ["US"]);
        assert_eq!(p.store_name.as_deref(), Some("Harbour Lane Goods"));
    }

    #[test]
    fn unknown_absent_and_left_marketplaces() {
        let body =
            br#"{"payload":[null,{"marketplace":{"id":"A1PA6795UKMFR9"},"participation":{"isParticipating":true}},
            {"marketplace":{"id":"A1F83G8C2ARO7P"},"participation":{"isParticipating":false},"storeName":"Old"},
            {"marketplace":{"id":"AXXXXXXXXXXXX"}},{"marketplace":{"id":"A1F83G8C2ARO7P"},"storeName":7},
            {"marketplace":{"id":"A1PA6795UKMFR9"},"participation":null}]}"#;
        let p = participations(body).unwrap();
        assert_eq!(p.marketplaces.iter().map(|m| m.code).collect::<Vec<_>>(), ["UK", "DE"], "table order, once each");
        assert_eq!(p.store_name.as_deref(), Some("7"));
        assert!(participations(br#"{"errors":[{"code":"Unauthorized"}]}"#).is_err());
        assert!(participations(b"[]").is_err());
    }
}
