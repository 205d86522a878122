//! Interned strings: attribute values shared by many elements (colours,
//! classes) and ids are stored once and referred to by a small handle.

use string_interner::{DefaultStringInterner, DefaultSymbol};

/// A handle to a string held by a [`Diagram`](crate::Diagram); empty when
/// the attribute was absent. Resolve it with
/// [`Diagram::text`](crate::Diagram::text).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text(Option<DefaultSymbol>);

impl Text {
    /// The empty (absent) string.
    pub const EMPTY: Text = Text(None);

    /// True when the string is absent or empty.
    pub fn is_empty(self) -> bool {
        self.0.is_none()
    }

    /// The handle as a number (0 when empty), for storing it as bytes.
    pub(crate) fn to_raw(self) -> u32 {
        use string_interner::Symbol;
        self.0.map_or(0, |sym| u32::try_from(sym.to_usize()).map_or(u32::MAX, |n| n + 1))
    }

    /// The handle [`Text::to_raw`] gave `raw`.
    pub(crate) fn from_raw(raw: u32) -> Text {
        use string_interner::Symbol;
        Text(raw.checked_sub(1).and_then(|n| DefaultSymbol::try_from_usize(n as usize)))
    }
}

/// The string store.
#[derive(Debug, Default)]
pub(crate) struct Strings {
    interner: DefaultStringInterner,
}

impl Strings {
    /// Interns `s`; the empty string gives [`Text::EMPTY`].
    pub(crate) fn intern(&mut self, s: &str) -> Text {
        if s.is_empty() { Text::EMPTY } else { Text(Some(self.interner.get_or_intern(s))) }
    }

    /// Room for `additional` more strings, so that interning them does
    /// not rebuild the table again and again as it grows (each rebuild
    /// hashes every string anew). Making room is such a rebuild itself,
    /// so it is done only when the strings to come outnumber those held;
    /// these keep their handles (they are interned afresh, in order).
    pub(crate) fn reserve(&mut self, additional: usize) {
        if additional <= self.interner.len() {
            return;
        }
        let mut bigger = DefaultStringInterner::with_capacity(self.interner.len() + additional);
        for (sym, s) in &self.interner {
            let again = bigger.get_or_intern(s);
            debug_assert_eq!(again, sym);
        }
        self.interner = bigger;
    }

    /// The existing handle of `s`, if it was interned.
    pub(crate) fn get(&self, s: &str) -> Option<Text> {
        if s.is_empty() {
            Some(Text::EMPTY)
        } else {
            self.interner.get(s).map(|sym| Text(Some(sym)))
        }
    }

    /// One more than the largest [`Text::to_raw`] of the strings held: the
    /// length of a table indexed by handle.
    pub(crate) fn raw_bound(&self) -> usize {
        self.interner.len() + 1
    }

    pub(crate) fn resolve(&self, t: Text) -> &str {
        t.0.and_then(|sym| self.interner.resolve(sym)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_handles_round_trip() {
        let mut s = Strings::default();
        for t in [Text::EMPTY, s.intern("a"), s.intern("b")] {
            assert_eq!(Text::from_raw(t.to_raw()), t);
        }
        assert_eq!(Text::EMPTY.to_raw(), 0);
    }

    #[test]
    fn reserving_keeps_handles() {
        let mut s = Strings::default();
        let before: Vec<Text> = ["a", "b", "#999", "a b"].iter().map(|t| s.intern(t)).collect();
        s.reserve(1000);
        for (t, text) in before.iter().zip(["a", "b", "#999", "a b"]) {
            assert_eq!(s.resolve(*t), text);
            assert_eq!(s.intern(text), *t);
        }
        let new = s.intern("new");
        assert_eq!(s.resolve(new), "new");
        assert_eq!(s.raw_bound(), 6);
    }

    #[test]
    fn interning_shares_and_resolves() {
        let mut s = Strings::default();
        let a = s.intern("#999");
        let b = s.intern("#999");
        let c = s.intern("red");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(s.resolve(a), "#999");
        assert_eq!(s.intern(""), Text::EMPTY);
        assert_eq!(s.resolve(Text::EMPTY), "");
        assert_eq!(s.get("red"), Some(c));
        assert_eq!(s.get("blue"), None);
    }
}
