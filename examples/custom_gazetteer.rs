//! Your own entities, found alongside the embedded world gazetteer.
//!
//! Loads `examples/data/companies.tsv` (or the TSV file given as the first
//! argument), adds it to the default gazetteer, and runs the pipeline with
//! it on a short article:
//!
//! ```text
//! cargo run --example custom_gazetteer [companies.tsv]
//! ```

use dateline::{Extractor, Gazetteer};

const ARTICLE: &str = "\
date 2024-03-12
Acme to buy Globex in $4 billion deal

NEW YORK – Acme Corp. said on Tuesday it would buy Globex Corporation, \
its rival in industrial explosives, pending approval in the United States \
and the European Union.

\"This brings two great teams together,\" Acme chief executive Jane Doe \
said. Shares of Globex rose 12% in New York; Initech, a smaller rival \
based in Austin, fell 3%.
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/companies.tsv").into()
    });

    // The embedded entries (the default), plus the user's file.
    let gazetteer = Gazetteer::builder().add_tsv_file(&path)?.build()?;
    println!(
        "gazetteer: {} entries ({} embedded)\n",
        gazetteer.len(),
        Gazetteer::embedded().len()
    );

    let extractor = Extractor::builder().gazetteer(gazetteer).build();

    // What the gazetteer finds, match by match.
    let g = extractor.gazetteer();
    for m in g.find_iter(ARTICLE) {
        let entry = g.entry(m.entry());
        let country = entry.country_code().unwrap_or("--");
        println!(
            "{:>4}..{:<4} {:<22} -> {} ({}, {country}) [{}]",
            m.start(),
            m.end(),
            &ARTICLE[m.span().range()],
            entry.name(),
            entry.kind(),
            entry.id(),
        );
    }

    // What the pipeline makes of it.
    let article = extractor.extract(ARTICLE);
    println!();
    for org in &article.organizations {
        let mentions: Vec<&str> = org.mentions.iter().map(|m| m.text.as_str()).collect();
        println!("organization: {} {:?}", org.name, mentions);
    }
    for loc in &article.locations {
        let mentions: Vec<&str> = loc.mentions.iter().map(|m| m.text.as_str()).collect();
        println!(
            "location: {} ({}) {:?}",
            loc.name,
            loc.kind.as_str(),
            mentions
        );
    }
    Ok(())
}
