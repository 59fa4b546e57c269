//! The file a [`Pack`] travels in (`dist/web/lang/<code>.olp`): small, and read by a few lines
//! of code rather than a serde derive, which would cost the sidebar more than the packs save.
//!
//! ```text
//! "OLP1"  code (2 ASCII bytes)
//! count (u16 LE)  count × string     UI strings in Text::ALL order (0 when no UI)
//! count (u16 LE)  count × string     the reply templates, Replies::fields order
//! string = length (LEB128) + UTF-8 bytes
//! ```
//!
//! A count that is not this build's (a pack of another orderlens version) is an error, like
//! any truncated or malformed file: the sidebar then stays in English.

use super::pack::{LangPack, Pack};
use crate::core::i18n::Text;
use crate::core::lang::Lang;
use crate::core::reply::templates::Replies;

const MAGIC: &[u8; 4] = b"OLP1";

/// Why a pack file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack file, or cut short.
    Malformed,
    /// A pack for a language this build does not know.
    UnknownLanguage,
    /// Written by another orderlens version (other strings or templates).
    OtherVersion,
}

/// The pack file of `source`.
pub fn write(source: &LangPack) -> Vec<u8> {
    let pack = Pack::from_source(source);
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(pack.lang.code().as_bytes());
    for list in [&pack.ui, &pack.replies] {
        out.extend_from_slice(&(list.len() as u16).to_le_bytes());
        for s in list {
            let mut len = s.len();
            loop {
                let byte = (len & 0x7f) as u8;
                len >>= 7;
                out.push(if len == 0 { byte } else { byte | 0x80 });
                if len == 0 {
                    break;
                }
            }
            out.extend_from_slice(s.as_bytes());
        }
    }
    out
}

/// Reads a pack file, whatever its bytes.
pub fn read(bytes: &[u8]) -> Result<Pack, PackError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err(PackError::Malformed);
    }
    let code = std::str::from_utf8(r.take(2)?).map_err(|_| PackError::Malformed)?;
    let lang = Lang::ALL.into_iter().find(|l| l.code() == code).ok_or(PackError::UnknownLanguage)?;
    let ui = r.strings(&[0, Text::ALL.len()])?;
    let replies = r.strings(&[Replies::FIELDS])?;
    if r.at != bytes.len() {
        return Err(PackError::Malformed);
    }
    Ok(Pack { lang, ui, replies })
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len()).ok_or(PackError::Malformed)?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    /// A counted list of strings whose count is one of `counts`.
    fn strings(&mut self, counts: &[usize]) -> Result<Vec<String>, PackError> {
        let count = self.take(2)?;
        let count = usize::from(u16::from_le_bytes([count[0], count[1]]));
        if !counts.contains(&count) {
            return Err(PackError::OtherVersion);
        }
        (0..count).map(|_| self.string()).collect()
    }

    fn string(&mut self) -> Result<String, PackError> {
        let mut len = 0usize;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            len |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                let bytes = self.take(len)?;
                return String::from_utf8(bytes.to_vec()).map_err(|_| PackError::Malformed);
            }
        }
        Err(PackError::Malformed)
    }
}

#[cfg(all(test, feature = "packs"))]
mod tests {
    use super::super::languages::built_in;
    use super::*;

    #[test]
    fn every_pack_file_reads_back_as_its_rust_tables() {
        for lang in Lang::ALL {
            let source = built_in(lang);
            assert_eq!(read(&write(source)), Ok(Pack::from_source(source)), "{lang:?}");
        }
    }

    #[test]
    fn damaged_files_are_errors() {
        let good = write(built_in(Lang::Pt));
        for cut in [0, 3, 4, 6, 7, 100, good.len() - 1] {
            assert_eq!(read(&good[..cut]), Err(PackError::Malformed), "cut at {cut}");
        }
        let mut longer = good.clone();
        longer.push(0);
        assert_eq!(read(&longer), Err(PackError::Malformed));
        let mut other = good.clone();
        other[4..6].copy_from_slice(b"xx");
        assert_eq!(read(&other), Err(PackError::UnknownLanguage));
        let mut version = good.clone();
        version[6] = version[6].wrapping_add(1);
        assert_eq!(read(&version), Err(PackError::OtherVersion));
        let mut bad_utf8 = good;
        bad_utf8[9] = 0xff;
        assert_eq!(read(&bad_utf8), Err(PackError::Malformed));
    }
}
