//! The sidebar reads a language pack file fetched from its origin: any bytes (a cut download, a
//! proxy's error page, a pack of another version) are read to a pack or an error, never a panic,
//! and a pack read is usable: every UI string and template can be looked up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::i18n::Text;
use orderlens::lang::pack_file::read;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(pack) = read(bytes) {
        for &t in Text::ALL {
            let _ = pack.text(t);
        }
        let _ = pack.has_ui();
        let _ = pack.template_texts().count();
    }
});
