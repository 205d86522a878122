//! `<style>` sheets: rules with simple selectors (element, `.class`, `#id`,
//! descendant and child combinators), matched against the element and its
//! open ancestors as the reader meets them. Parsing and matching are
//! simplecss's.

use simplecss::{AttributeOperator, PseudoClass, StyleSheet};

use crate::text::{Strings, Text};

self_cell::self_cell!(
    /// A style sheet's text and its parse, which borrows from it.
    struct Sheet {
        owner: String,
        #[covariant]
        dependent: Parsed,
    }
);

type Parsed<'a> = StyleSheet<'a>;

impl std::fmt::Debug for Sheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sheet({} rules)", self.borrow_dependent().rules.len())
    }
}

/// What selectors can test of an element.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct CssNode {
    pub local: Text,
    pub id: Text,
    pub class: Text,
}

/// The style sheets read so far.
#[derive(Debug, Default)]
pub(crate) struct Css {
    sheets: Vec<Sheet>,
}

/// An element of a chain (the element last, its ancestors before it).
#[derive(Clone, Copy)]
struct El<'a> {
    chain: &'a [CssNode],
    at: usize,
    strings: &'a Strings,
}

impl simplecss::Element for El<'_> {
    fn parent_element(&self) -> Option<Self> {
        (self.at > 0).then(|| El { at: self.at - 1, ..*self })
    }

    fn prev_sibling_element(&self) -> Option<Self> {
        None // siblings are not kept: `+` selectors never match
    }

    fn has_local_name(&self, name: &str) -> bool {
        self.strings.resolve(self.chain[self.at].local) == name
    }

    fn attribute_matches(&self, local_name: &str, operator: AttributeOperator<'_>) -> bool {
        let n = &self.chain[self.at];
        let value = match local_name {
            "id" => n.id,
            "class" => n.class,
            _ => return false,
        };
        if value.is_empty() {
            return false;
        }
        operator.matches(self.strings.resolve(value))
    }

    fn pseudo_class_matches(&self, class: PseudoClass<'_>) -> bool {
        // :first-child and the like depend on siblings; link states do not
        // apply to a static picture.
        let _ = class;
        false
    }
}

impl Css {
    /// Adds the sheet `text`.
    pub(crate) fn add(&mut self, text: String) {
        let sheet = Sheet::new(text, |t| StyleSheet::parse(t));
        if !sheet.borrow_dependent().rules.is_empty() {
            self.sheets.push(sheet);
        }
    }

    /// The first piece of a selector list that parses but can never match
    /// here: a pseudo-class (`:hover`), an attribute other than `class` and
    /// `id` (`[fill=gold]`), a sibling combinator (`+`, `~`). A user's
    /// selector with one would silently match nothing.
    pub(crate) fn unsupported(text: &str) -> Option<String> {
        let b = text.as_bytes();
        let (mut k, mut quote) = (0, None);
        while k < b.len() {
            let c = b[k];
            match (quote, c) {
                (Some(q), _) if c == q => quote = None,
                (None, b'"' | b'\'') => quote = Some(c),
                (None, b'[') => {
                    let end = text[k..].find(']').map_or(text.len(), |e| k + e + 1);
                    let name = text[k + 1..end.saturating_sub(1).max(k + 1)]
                        .split(['=', '~', '|', '^', '$', '*'])
                        .next()
                        .unwrap_or("")
                        .trim();
                    if name != "class" && name != "id" {
                        return Some(text[k..end].to_string());
                    }
                    k = end;
                    continue;
                }
                (None, b':') => {
                    let end = text[k + 1..]
                        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == ':'))
                        .map_or(text.len(), |e| k + 1 + e);
                    return Some(text[k..end].to_string());
                }
                (None, b'+' | b'~') => return Some((c as char).to_string()),
                _ => {}
            }
            k += 1;
        }
        None
    }

    /// A sheet made of one selector list (`a, .b c`), for matching only.
    /// `None` when the selectors do not parse.
    pub(crate) fn selector(text: &str) -> Option<Css> {
        let mut css = Css::default();
        css.add(format!("{text} {{x:y}}"));
        let sheet = css.sheets.first()?;
        // simplecss skips what it cannot parse: every selector must be there.
        let wanted = text.split(',').filter(|s| !s.trim().is_empty()).count();
        (sheet.borrow_dependent().rules.len() == wanted && wanted > 0).then_some(css)
    }

    /// True when some rule's selector matches the last element of `chain`.
    pub(crate) fn matches(&self, chain: &[CssNode], strings: &Strings) -> bool {
        let Some(at) = chain.len().checked_sub(1) else { return false };
        let el = El { chain, at, strings };
        self.sheets
            .iter()
            .any(|s| s.borrow_dependent().rules.iter().any(|r| r.selector.matches(&el)))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.sheets.is_empty()
    }

    /// The declarations that apply to the last element of `chain`, lowest
    /// precedence first (by importance, specificity, then order).
    pub(crate) fn declarations(
        &self,
        chain: &[CssNode],
        strings: &Strings,
    ) -> Vec<(String, String)> {
        let Some(at) = chain.len().checked_sub(1) else { return Vec::new() };
        let el = El { chain, at, strings };
        let mut found: Vec<(bool, [u8; 3], usize, &str, &str)> = Vec::new();
        let mut order = 0;
        for sheet in &self.sheets {
            for rule in &sheet.borrow_dependent().rules {
                order += 1;
                if !rule.selector.matches(&el) {
                    continue;
                }
                let spec = rule.selector.specificity();
                for d in &rule.declarations {
                    found.push((d.important, spec, order, d.name, d.value));
                }
            }
        }
        found.sort_by_key(|a| (a.0, a.1, a.2));
        found.into_iter().map(|(_, _, _, n, v)| (n.to_string(), v.trim().to_string())).collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn selectors_that_can_never_match_here_are_named() {
        for (sel, piece) in [
            ("circle:hover", Some(":hover")),
            ("a:not(.b)", Some(":not")),
            ("g > [fill=gold]", Some("[fill=gold]")),
            ("[data-x]", Some("[data-x]")),
            ("a + b", Some("+")),
            ("a ~ b", Some("~")),
            ("g.node > ellipse, #n1", None),
            ("[class~='x'], [id=\"a:b\"]", None),
        ] {
            assert_eq!(Css::unsupported(sel).as_deref(), piece, "{sel}");
        }
    }

    use super::*;

    fn node(s: &mut Strings, local: &str, id: &str, class: &str) -> CssNode {
        CssNode { local: s.intern(local), id: s.intern(id), class: s.intern(class) }
    }

    #[test]
    fn descendant_class_and_id_selectors() {
        let mut s = Strings::default();
        let mut css = Css::default();
        css.add(
            "#my-svg .link{stroke:#000;fill:none} path{fill:red} g > path.x{stroke:blue}".into(),
        );
        let chain = [
            node(&mut s, "svg", "my-svg", ""),
            node(&mut s, "g", "", ""),
            node(&mut s, "path", "", "link x"),
        ];
        let d = css.declarations(&chain, &s);
        // path{fill:red} (0,0,1) first, then .link (1,1,0), then g > path.x (0,1,2)
        let fill: Vec<&str> =
            d.iter().filter(|(n, _)| n == "fill").map(|(_, v)| v.as_str()).collect();
        assert_eq!(fill, ["red", "none"]);
        let stroke: Vec<&str> =
            d.iter().filter(|(n, _)| n == "stroke").map(|(_, v)| v.as_str()).collect();
        assert_eq!(stroke, ["blue", "#000"]);
        let other = [node(&mut s, "svg", "other", ""), node(&mut s, "path", "", "link")];
        let d = css.declarations(&other, &s);
        assert_eq!(d, [("fill".to_string(), "red".to_string())]);
    }
}
