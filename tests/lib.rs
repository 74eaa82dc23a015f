//! dateline's integration tests: one binary, one module per capability.

mod article;
mod cli;
mod gazetteer;
mod people;
mod places;
mod quotes;
mod robustness;
mod seed;
mod support;
