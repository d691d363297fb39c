//! The README's pyroute2 parity table: every row names at least one test
//! (`FILE::TEST`), and each is a test function of `tests/tests/FILE.rs`, so
//! that a row cannot claim a test that was renamed or never written.

use std::path::Path;

/// The rows of the table under `## pyroute2 parity`, header and rule left out.
fn parity_rows(readme: &str) -> Vec<&str> {
    let section = readme.split("\n## pyroute2 parity\n").nth(1).expect("a pyroute2 parity section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section.lines().filter(|l| l.starts_with("| ")).skip(2).collect()
}

/// The last cell of a row: what backs it.
fn backed_by(row: &str) -> &str {
    row.trim_end().trim_end_matches('|').rsplit(" | ").next().unwrap_or("")
}

/// The `FILE::TEST` names in a cell; anything else quoted there is `None`.
fn tests_named(cell: &str) -> Vec<Option<(&str, &str)>> {
    cell.split('`').skip(1).step_by(2).map(|name| name.split_once("::")).collect()
}

/// Whether `source` has a test function `name`: `#[test]` or
/// `#[tokio::test(..)]` among the attributes right above it.
fn has_test(source: &str, name: &str) -> bool {
    let lines: Vec<&str> = source.lines().map(str::trim_start).collect();
    let heads = [format!("fn {name}("), format!("async fn {name}(")];
    lines.iter().enumerate().any(|(i, line)| {
        let mut attrs = lines[..i].iter().rev().take_while(|l| l.starts_with("#["));
        heads.iter().any(|h| line.starts_with(h.as_str()))
            && attrs.any(|a| a.starts_with("#[test]") || a.starts_with("#[tokio::test"))
    })
}

#[test]
fn every_parity_row_names_tests_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("../README.md")).unwrap();
    let rows = parity_rows(&readme);
    assert!(rows.len() > 40, "{} rows", rows.len());
    for row in rows {
        let tests = tests_named(backed_by(row));
        assert!(!tests.is_empty(), "a row names no test: {row}");
        for named in tests {
            let (file, test) = named.unwrap_or_else(|| panic!("not FILE::TEST in the last cell: {row}"));
            let path = root.join("tests").join(format!("{file}.rs"));
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}::{test}: {e}"));
            assert!(has_test(&source, test), "{file}::{test} is no test in {}", path.display());
        }
    }
}

#[test]
fn a_missing_test_or_a_bare_name_is_found() {
    let source = "#[test]\nfn here() {}\nfn helper() {}\n#[tokio::test(flavor = \"current_thread\")]\nasync fn there() {}\n";
    assert!(has_test(source, "here") && has_test(source, "there"));
    assert!(!has_test(source, "helper") && !has_test(source, "gone"));
    let cell = "`std_ensure::links_ensure`, `std_kinds::ensure_x` (bond), `ip`";
    assert_eq!(
        tests_named(cell),
        [Some(("std_ensure", "links_ensure")), Some(("std_kinds", "ensure_x")), None]
    );
}
