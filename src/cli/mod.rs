//! The command line: arguments, dispatch, exit codes.

mod args;
mod batch;
mod preview;
mod run;

use std::process::ExitCode;

use clap::Parser;

/// Exit codes, listed in `--help`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Code {
    /// Everything worked.
    Ok = 0,
    /// An input could not be extracted (malformed, unreadable, not SVG).
    Failed = 1,
    /// The command line could not be used.
    Usage = 2,
    /// Stopped by a signal (a batch).
    Interrupted = 130,
}

pub(crate) fn main() -> ExitCode {
    let args = match args::Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { Code::Usage as u8 } else { Code::Ok as u8 });
        }
    };
    ExitCode::from(run::run(args) as u8)
}
