//! Integration tests of the `nghiquyet` command, built as one binary.

mod util;

mod digest;
mod parse;
mod targets;
mod web;
mod web_server;
