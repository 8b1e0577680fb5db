use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use tsify::Tsify;

/// Free key/value data: at most 50 keys of at most 40 UTF-16 units, values a string of at most
/// 500 UTF-16 units, a number or a boolean. Insertion order is kept.
#[derive(Tsify, Clone, Debug, Default, PartialEq)]
#[tsify(type = "Record<string, string | number | boolean>")]
pub struct Metadata(pub Vec<(String, MetadataValue)>);

/// One metadata value.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum MetadataValue {
    String(String),
    Number(f64),
    Boolean(bool),
}

impl Serialize for Metadata {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Metadata {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Metadata;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of strings, numbers and booleans")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Metadata, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = a.next_entry()? {
                    v.push((k, val));
                }
                Ok(Metadata(v))
            }
        }
        d.deserialize_map(V)
    }
}
