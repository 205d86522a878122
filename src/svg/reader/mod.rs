//! The one streaming loop over the XML events of a drawing.
//!
//! The [`walker`] keeps an explicit stack of open elements that matter
//! (never recursion), each with its current transformation matrix into root
//! user space, its inherited style ([`cascade`]) and its viewport, and hands
//! shapes ([`shapes`]), strokes, labels ([`labels`]) and comments to a
//! [`Drawing`] as it meets them. Subtrees that are not rendered are skipped
//! by counting depth; definitions (`<defs>`, `<symbol>`, `<marker>`) are
//! read for what `<use>` and markers need ([`defs`]).

mod cascade;
mod defs;
mod frame;
mod images;
mod labels;
mod rings;
mod shapes;
mod values;
mod walker;

use std::io::BufRead;

use super::events::{Events, Inline, tokenizer};
use super::pipeline::SplitPolicy;
use crate::error::{Error, ErrorKind, Result};
use crate::model::Drawing;
use crate::options::ExtractOptions;
pub(crate) use walker::Walker;

/// Reads a whole drawing from `input`. With `pipelined`, tokenizing runs
/// on a second thread while this one interprets the events: worth it for
/// large inputs only.
pub(crate) fn read<R: BufRead + Send>(
    input: R,
    opts: &ExtractOptions,
    pipelined: bool,
) -> Result<Drawing> {
    let split = pipelined.then_some(SplitPolicy::Adaptive);
    read_spooling(input, opts, split, crate::model::CANDIDATES_SPOOL_AFTER)
}

/// [`read`], pipelined with `split` or not at all, spooling edge
/// candidates after `spool_after`.
fn read_spooling<R: BufRead + Send>(
    input: R,
    opts: &ExtractOptions,
    split: Option<SplitPolicy>,
    spool_after: usize,
) -> Result<Drawing> {
    let reader = tokenizer(input)?;
    let mut walker = Walker::new(opts);
    walker.out.edges = crate::model::Candidates::new(spool_after);
    match split {
        Some(policy) => super::pipeline::run(reader, policy, |events| walk(walker, events, opts)),
        None => walk(walker, &mut Inline::new(reader), opts),
    }
}

/// Hands every event of `events` to `walker`, then says what it found.
fn walk(
    mut walker: Walker<'_>,
    events: &mut impl Events,
    opts: &ExtractOptions,
) -> Result<Drawing> {
    // The cancel flag is looked at every few thousand events.
    let mut countdown = 0u32;
    while let Some(token) = events.next()? {
        countdown = countdown.wrapping_add(1);
        if countdown.is_multiple_of(4096)
            && let Some(c) = &opts.cancel
            && c.is_cancelled()
        {
            return Err(Error::new(ErrorKind::Interrupted));
        }
        walker.here = token.here;
        walker.event(token.event, token.split)?;
    }
    walker.finish(events.end())
}

#[cfg(test)]
mod tests {
    use super::defs::{href_id, url_id};
    use super::values::trim;
    use super::*;

    /// Whether the tokenizer thread splits attributes ahead, or no second
    /// thread runs at all, the reader finds the same: every sample,
    /// fixture (broken ones too) and a few tags that need care.
    #[test]
    fn splitting_attributes_ahead_changes_nothing() {
        let mut inputs = crate::testing::drawings();
        for (name, svg) in [
            (
                "escapes",
                r##"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="&#49;0" cy="5" r="2" id="a&amp;b"/><circle cx="20" cy="5" r="2"/><line x1="10" y1="5" x2="20" y2="5" stroke="#000"/></svg>"##,
            ),
            (
                "style",
                r##"<svg xmlns="http://www.w3.org/2000/svg"><style>circle { cx: 40 }</style><circle cx="1" cy="5" r="2" style="cy: 9"/><circle cx="20" cy="5" r="2"/><line x1="40" y1="9" x2="20" y2="5" stroke="#000"/></svg>"##,
            ),
            (
                "duplicate",
                r#"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="1" cx="2" r="2"/></svg>"#,
            ),
            ("malformed", r#"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="1" r/></svg>"#),
            (
                "prefixed",
                r#"<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:circle cx="1" r="2"/><circle cx="9" r="2"/></s:svg>"#,
            ),
        ] {
            inputs.push((name.to_string(), svg.as_bytes().to_vec()));
        }
        let opts = ExtractOptions::default();
        let read = |svg: &[u8], how: Option<SplitPolicy>| read_as(svg, &opts, how, usize::MAX);
        assert!(inputs.len() >= 10);
        for (name, svg) in &inputs {
            let plain = read(svg, None);
            assert_eq!(read(svg, Some(SplitPolicy::Always)), plain, "{name}");
            assert_eq!(read(svg, Some(SplitPolicy::Never)), plain, "{name}");
        }
    }

    /// Spooling edge candidates to a file changes nothing either: the
    /// samples (thousands of strokes, so many spooled chunks) and fixtures.
    #[test]
    fn spooled_candidates_give_the_same_graph() {
        let opts = ExtractOptions::default();
        let mut spooled = 0;
        for (name, svg) in crate::testing::drawings() {
            let kept = read_as(&svg, &opts, None, usize::MAX);
            assert_eq!(read_as(&svg, &opts, None, 0), kept, "{name}");
            let d = read_spooling(svg.as_slice(), &opts, None, 0);
            if d.is_ok_and(|d| d.edges.len() > 2 * crate::model::CANDIDATES_SPOOL_AFTER / 4) {
                spooled += 1;
            }
        }
        assert!(spooled >= 1, "no drawing was large enough to spool");
    }

    /// The graph built from what was read (both CSV files and the
    /// report), or the error.
    fn read_as(
        svg: &[u8],
        opts: &ExtractOptions,
        how: Option<SplitPolicy>,
        spool_after: usize,
    ) -> String {
        match read_spooling(svg, opts, how, spool_after) {
            Ok(d) => {
                let d = crate::graph::build(d, opts).unwrap();
                let mut out = Vec::new();
                for part in [0, 1] {
                    let (f, w) = (crate::write::Format::Csv, crate::write::WriteOptions::default());
                    crate::write::write_file(&d, f, part, &w, &mut out).unwrap();
                }
                format!("{}\n{:?}", String::from_utf8(out).unwrap(), d.report())
            }
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "#999",
            "\tred\n",
            "\u{a0}red",
            "red\u{2003}",
            "é",
            " é ",
            "x y",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn url_forms() {
        assert_eq!(url_id("url(#a)"), Some("a"));
        assert_eq!(url_id(" url( '#arrow' ) "), Some("arrow"));
        assert_eq!(url_id("url(http://localhost/#arrow-suit)"), Some("arrow-suit"));
        assert_eq!(url_id("none"), None);
        assert_eq!(href_id("#C0_0"), Some("C0_0"));
    }
}
