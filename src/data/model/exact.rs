//! Lists read at their exact size.
//!
//! A RON list says nothing of its length before its end, so serde's own reading of a `Vec`
//! starts small and doubles: a list of one to three elements (participants, topics, quotes,
//! sources, the usual lengths) is left with room for four. Over a large dataset that room is
//! a quarter of its memory. [`exact`] reads the elements into a small buffer on the stack
//! and allocates once, at the size the list turned out to have.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
use smallvec::SmallVec;

/// How many elements are gathered on the stack before the list goes to the heap.
const INLINE: usize = 4;

/// Reads a list as serde reads a `Vec<T>` (the same errors, "a sequence" expected), into a
/// `Vec` whose capacity is its length. For `#[serde(deserialize_with = "exact")]`.
///
/// # Errors
/// Whatever reading the list or an element reports.
pub fn exact<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Exact<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Exact<T> {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a sequence")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut gathered: SmallVec<[T; INLINE]> = SmallVec::new();
            while let Some(element) = seq.next_element()? {
                gathered.push(element);
            }
            Ok(into_exact(gathered))
        }
    }

    deserializer.deserialize_seq(Exact(PhantomData))
}

/// The elements in a `Vec` of capacity equal to their number: one allocation when they are
/// still on the stack, a shrink (in place, for the allocators readout runs on) when they
/// spilled to the heap.
fn into_exact<T>(gathered: SmallVec<[T; INLINE]>) -> Vec<T> {
    if gathered.spilled() {
        let mut v = gathered.into_vec();
        v.shrink_to_fit();
        v
    } else {
        let mut v = Vec::with_capacity(gathered.len());
        v.extend(gathered);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Lists {
        #[serde(deserialize_with = "exact")]
        small: Vec<String>,
        #[serde(default, deserialize_with = "exact")]
        none: Vec<String>,
        #[serde(deserialize_with = "exact")]
        large: Vec<u32>,
    }

    #[test]
    fn every_list_has_the_capacity_of_its_length() {
        for n in [0, 1, 2, 3, 4, 5, 7, 100] {
            let small: Vec<String> = (0..n).map(|i| format!("\"s{i}\"")).collect();
            let large: Vec<String> = (0..n * 10).map(|i| i.to_string()).collect();
            let text = format!(
                "(small: [{}], large: [{}])",
                small.join(", "),
                large.join(",")
            );
            let lists: Lists = ron::from_str(&text).expect("parses");
            assert_eq!(lists.small.len(), n);
            assert_eq!(lists.small.capacity(), n, "{n} strings");
            assert_eq!(lists.large.len(), n * 10);
            assert_eq!(lists.large.capacity(), n * 10, "{} numbers", n * 10);
            assert_eq!(
                lists.large.last().copied(),
                (n * 10).checked_sub(1).map(|x| x as u32)
            );
            assert!(lists.none.is_empty());
        }
    }

    #[test]
    fn errors_are_those_of_a_vec() {
        #[derive(serde::Deserialize)]
        struct Plain {
            #[allow(dead_code)] // only its errors are compared
            small: Vec<String>,
        }
        for text in [
            "(small: \"x\")",
            "(small: [1])",
            "(small: [\"a\" \"b\"])",
            "(small: [\"a\"",
        ] {
            let plain = ron::from_str::<Plain>(text).err().map(|e| e.to_string());
            let exact = ron::from_str::<Lists>(text).err().map(|e| e.to_string());
            assert!(plain.is_some(), "{text}");
            assert_eq!(plain, exact, "{text}");
        }
    }
}
