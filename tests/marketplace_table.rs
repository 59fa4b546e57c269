//! The marketplace table in Rust agrees with the published list (tests/fixtures/marketplaces.csv,
//! copied from Amazon's developer documentation and public sources): ids, domains, Seller
//! Central, regions, endpoints, currencies and buyer-alias domains.
#![cfg(not(target_arch = "wasm32"))]

use orderlens::marketplace::Marketplace;

#[test]
fn every_row_of_the_published_list_matches_the_table() {
    let csv = include_str!("fixtures/marketplaces.csv");
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("column {name}"));
    let mut rows = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        // Only the "seller_central_source" column holds commas in parentheses; the columns
        // we compare sit before it or are counted from the end.
        let cells: Vec<&str> = line.split(',').collect();
        let from_end = |name: &str| cells[cells.len() - (header.len() - col(name))];
        let code = cells[col("docs_country_code")];
        let m = Marketplace::by_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(m.id, cells[col("marketplace_id")], "{code} id");
        assert_eq!(m.region.as_str(), cells[col("region")], "{code} region");
        assert_eq!(m.country, cells[col("country")], "{code} country");
        assert_eq!(m.amazon_domain, cells[col("amazon_domain")], "{code} domain");
        assert_eq!(m.seller_central, cells[col("seller_central_url")], "{code} seller central");
        assert_eq!(m.region.endpoint_host(), from_end("sp_api_endpoint_host"), "{code} endpoint");
        assert_eq!(m.region.sandbox_host(), from_end("sandbox_host"), "{code} sandbox");
        assert_eq!(m.region.aws_region(), from_end("aws_region"), "{code} aws region");
        assert_eq!(m.currency, from_end("currency"), "{code} currency");
        assert_eq!(m.alias_domain(), from_end("buyer_alias_email_domain"), "{code} alias domain");
        assert_eq!(Marketplace::by_id(m.id), Some(m));
        rows += 1;
    }
    assert_eq!(rows, Marketplace::all().len());
}
