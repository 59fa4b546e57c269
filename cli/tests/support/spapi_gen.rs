//! Bodies generated from Amazon's models (`spapi_models`), seeded and deterministic: getOrder
//! (Orders v2026-01-01) with what a reader must find in it, and any other definition of a model
//! (`body`: getOrders v0, the messaging actions, GetAttributes). Walks the model's definitions: every optional member present, absent or `null`; every enum value and
//! every "Possible values" value from the prose, plus unknown ones; ISO 8601 date-times in the
//! spellings Amazon's docs allow; odd decimals; numbers as strings and strings as numbers; long
//! strings; many items; unknown extra members. Each body comes with what a reader must find.
#![allow(dead_code)]

use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::{Map, Value};

/// What the body says, computed from the generated value (not by the code under test).
#[derive(Debug)]
pub struct Expected {
    pub order_id: String,
    pub items: usize,
    /// `proceeds.grandTotal` amount and currency as written (trimmed), when present.
    pub total: Option<(String, String)>,
    /// The instant `createdTime` names.
    pub created: DateTime<Utc>,
    /// `salesChannel.marketplaceId` when the body has one.
    pub marketplace_id: Option<String>,
}

pub struct Generator {
    defs: Rc<Map<String, Value>>,
    rng: SplitMix,
    created: Option<DateTime<Utc>>,
    /// Strings at paths ending so (`.name`) are mostly one of these values: the names a reader
    /// looks for, which free text would almost never hit.
    choices: Vec<(String, Vec<String>)>,
}

const MARKETPLACES: &[&str] =
    &["A1PA6795UKMFR9", "A1F83G8C2ARO7P", "ATVPDKIKX0DER", "A1VC38T7YXB528", "A33AVAJ2PDY3EV"];
const DECIMALS: &[&str] = &["12.34", "0.10", "1e3", "-0", "12", "1,5", "0", "-12.50", "1234567.891", " 7.00 ", "1E-2"];

impl Generator {
    /// Bodies of `model` (Amazon's `orders_2026-01-01.json`).
    pub fn new(model: &Value, seed: u64) -> Generator {
        let defs = Rc::new(model["definitions"].as_object().expect("definitions").clone());
        Generator { defs, rng: SplitMix(seed), created: None, choices: Vec::new() }
    }

    /// Strings whose path ends with `suffix` are one of `values` nine times in ten.
    pub fn choose(mut self, suffix: &str, values: Vec<String>) -> Generator {
        self.choices.push((suffix.to_string(), values));
        self
    }

    /// A body of the model's definition `name` (`GetOrdersResponse`).
    pub fn body(&mut self, name: &str) -> Value {
        self.created = None;
        self.reference(name, "", 0)
    }

    /// One `GetOrderResponse` body and what it holds.
    pub fn get_order(&mut self) -> (Value, Expected) {
        self.created = None;
        let schema = Value::String("#/definitions/GetOrderResponse".into());
        let body = self.reference(schema.as_str().unwrap(), "", 0);
        let order = &body["order"];
        let text = |v: &Value| match v {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let total = order["proceeds"]["grandTotal"]
            .as_object()
            .map(|m| (text(&m["amount"]).unwrap_or_default(), text(&m["currencyCode"]).unwrap_or_default()));
        let expected = Expected {
            order_id: order["orderId"].as_str().unwrap().to_string(),
            items: order["orderItems"].as_array().map_or(0, |a| a.iter().filter(|i| i.is_object()).count()),
            total: total.filter(|(amount, _)| !amount.is_empty()),
            created: self.created.expect("createdTime is required"),
            marketplace_id: text(&order["salesChannel"]["marketplaceId"]),
        };
        (body, expected)
    }

    fn reference(&mut self, r: &str, path: &str, depth: usize) -> Value {
        let name = r.rsplit('/').next().unwrap_or(r);
        if name == "Decimal" {
            return self.decimal();
        }
        let defs = Rc::clone(&self.defs);
        self.value(defs.get(name).unwrap_or(&Value::Null), path, depth)
    }

    fn value(&mut self, schema: &Value, path: &str, depth: usize) -> Value {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            return self.reference(r, path, depth);
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => self.object(schema, path, depth),
            Some("array") => self.array(schema, path, depth),
            Some("string") => self.string(schema, path),
            Some("integer") => self.integer(),
            Some("number") => Value::from(self.rng.below(100_000) as f64 / 100.0),
            Some("boolean") => Value::Bool(self.rng.chance(50)),
            _ => Value::Null,
        }
    }

    fn object(&mut self, schema: &Value, path: &str, depth: usize) -> Value {
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut out = Map::new();
        for (key, prop) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let here = format!("{path}.{key}");
            if !required.contains(&key.as_str()) {
                // Deep optional parts thin out, so bodies stay a sensible size.
                let absent = if depth > 4 { 70 } else { 30 };
                if self.rng.chance(absent) {
                    continue;
                }
                if self.rng.chance(15) {
                    out.insert(key.clone(), Value::Null);
                    continue;
                }
            }
            let value = match self.chosen(&here) {
                Some(value) => value,
                None => match here.as_str() {
                    p if p == ".order.orderId" || p.ends_with(".AmazonOrderId") => Value::String(self.order_id()),
                    ".order.salesChannel.marketplaceId" => self.marketplace_id(),
                    _ => self.value(prop, &here, depth + 1),
                },
            };
            out.insert(key.clone(), value);
        }
        if self.rng.chance(10) {
            out.insert(format!("futureMember{}", self.rng.below(100)), serde_json::json!({"x": [1, null, "y"]}));
        }
        Value::Object(out)
    }

    /// One of the values `choose` gave for paths ending like `path`, nine times in ten.
    fn chosen(&mut self, path: &str) -> Option<Value> {
        let values = self.choices.iter().find(|(suffix, _)| path.ends_with(suffix.as_str()))?.1.clone();
        self.rng.chance(90).then(|| Value::String(values[self.rng.below(values.len() as u64) as usize].clone()))
    }

    fn array(&mut self, schema: &Value, path: &str, depth: usize) -> Value {
        let items = schema.get("items").cloned().unwrap_or(Value::Null);
        let n = if path == ".order.orderItems" && self.rng.chance(5) {
            50 + self.rng.below(70) as usize
        } else if depth > 4 {
            self.rng.below(2) as usize
        } else {
            self.rng.below(4) as usize
        };
        Value::Array((0..n).map(|_| self.value(&items, path, depth + 1)).collect())
    }

    fn string(&mut self, schema: &Value, path: &str) -> Value {
        if schema.get("format").and_then(Value::as_str) == Some("date-time") {
            let (text, at) = self.date_time();
            if path == ".order.createdTime" {
                self.created = Some(at);
            }
            return Value::String(text);
        }
        let mut values: Vec<String> = schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
        values.extend(possible_values(schema.get("description").and_then(Value::as_str).unwrap_or("")));
        if !values.is_empty() {
            // Open value sets: now and then a value the model does not list yet.
            if self.rng.chance(15) {
                return Value::String(format!("NEW_VALUE_{}", self.rng.below(1000)));
            }
            let i = self.rng.below(values.len() as u64) as usize;
            return Value::String(values[i].clone());
        }
        match self.rng.below(100) {
            0..=4 => Value::from(self.rng.below(100_000)),
            5..=6 => Value::String("Ünïcødé ✓ 日本語 ".repeat(1 + self.rng.below(300) as usize)),
            10..=12 => Value::String(String::new()),
            _ => Value::String(format!("text-{}", self.rng.below(1_000_000))),
        }
    }

    fn integer(&mut self) -> Value {
        let n = self.rng.below(10);
        match self.rng.below(10) {
            0 => Value::String(n.to_string()),
            1 => Value::from(n as f64),
            2 => Value::from(u64::MAX),
            _ => Value::from(n),
        }
    }

    fn decimal(&mut self) -> Value {
        if self.rng.chance(10) {
            return Value::from(self.rng.below(100_000) as f64 / 100.0);
        }
        let i = self.rng.below(DECIMALS.len() as u64) as usize;
        Value::String(DECIMALS[i].to_string())
    }

    fn order_id(&mut self) -> String {
        format!("{:03}-{:07}-{:07}", self.rng.below(1000), self.rng.below(10_000_000), self.rng.below(10_000_000))
    }

    fn marketplace_id(&mut self) -> Value {
        match self.rng.below(10) {
            0 => Value::String("UNKNOWN_MARKETPLACE_ID".into()),
            _ => Value::String(MARKETPLACES[self.rng.below(MARKETPLACES.len() as u64) as usize].into()),
        }
    }

    /// An instant between 2016 and 2030, written in one of the ISO 8601 spellings seen at Amazon.
    fn date_time(&mut self) -> (String, DateTime<Utc>) {
        let whole = Utc.with_ymd_and_hms(2016, 1, 1, 0, 0, 0).unwrap()
            + Duration::seconds(self.rng.below(14 * 365 * 86400) as i64);
        let offsets = [0i32, 19800, -18000, 3600, 32400, 34200, -34200];
        let offset = offsets[self.rng.below(offsets.len() as u64) as usize];
        let local = whole.naive_utc() + Duration::seconds(i64::from(offset));
        let sign = if offset < 0 { '-' } else { '+' };
        let (oh, om) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
        let zone = match (offset, self.rng.below(6)) {
            (0, 0) => "Z".to_string(),
            (0, 1) => "z".to_string(),
            (0, 2) => "-00:00".to_string(),
            (0, 3) => String::new(),
            (_, 4) if om == 0 => format!("{sign}{oh:02}"),
            (_, 5) => format!("{sign}{oh:02}{om:02}"),
            _ => format!("{sign}{oh:02}:{om:02}"),
        };
        let date = local.format("%Y-%m-%d");
        let sep = ["T", "t", " "][self.rng.below(3) as usize];
        match self.rng.below(4) {
            // No seconds: the instant has none either.
            0 => {
                let at = whole - Duration::seconds(whole.timestamp() % 60);
                (format!("{date}{sep}{}{zone}", local.format("%H:%M")), at)
            }
            1 => {
                let digits = 1 + self.rng.below(12) as usize;
                let fraction: String = (0..digits).map(|_| char::from(b'0' + self.rng.below(10) as u8)).collect();
                let nanos: u32 = format!("{:0<9}", &fraction[..digits.min(9)]).parse().unwrap();
                (
                    format!("{date}{sep}{}.{fraction}{zone}", local.format("%H:%M:%S")),
                    whole + Duration::nanoseconds(i64::from(nanos)),
                )
            }
            _ => (format!("{date}{sep}{}{zone}", local.format("%H:%M:%S")), whole),
        }
    }
}

/// The backticked values of a "**Possible values**: `A`, `B`" description.
fn possible_values(description: &str) -> Vec<String> {
    let Some((_, rest)) = description.split_once("Possible values") else { return Vec::new() };
    rest.split('`').skip(1).step_by(2).filter(|v| !v.is_empty() && !v.contains(' ')).map(String::from).collect()
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same bodies everywhere.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}
