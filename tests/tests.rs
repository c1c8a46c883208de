//! Integration tests of the `nghiquyet` command, built as one binary.

mod util;

mod digest;
mod parse;
mod targets;

mod cli;
mod front_door;
mod web;

mod fault;

mod delivery_crash;
mod delivery_faults;
mod delivery_store;

mod retention;

mod postgres;

mod web_server;
