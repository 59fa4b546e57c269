//! The invoice action's file: Amazon sends an invoice as one PDF attachment of at most 10 MB
//! (the proxy checks the same before its Uploads API steps). The agent picks the file; core
//! decides from its name and size whether it is worth reading, then from its first bytes whether
//! it is a PDF. The file travels to the proxy as base64 in JSON (`POST /v1/orders/{id}/invoice`):
//! every host can carry text, and Zendesk's `client.request` cannot carry binary.

use crate::core::host::proxy::invoice_request;
use crate::core::host::ProxyRequest;
use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::reply::compliance::MAX_ATTACHMENT_BYTES;

use super::model::FilePickerView;

/// The chosen file; `content` (base64) once the web shell has read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceFile {
    pub name: String,
    pub size: u64,
    pub content: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    NotPdf,
    TooLarge,
}

/// `%PDF-` in base64: every PDF starts with it.
const PDF_MAGIC_BASE64: &str = "JVBERi0";

/// A file the agent chose: worth reading only if it can be a PDF Amazon takes.
pub fn pick(name: &str, size: u64) -> Result<InvoiceFile, FileProblem> {
    if !name.to_ascii_lowercase().ends_with(".pdf") {
        return Err(FileProblem::NotPdf);
    }
    if size == 0 {
        return Err(FileProblem::NotPdf);
    }
    if size > MAX_ATTACHMENT_BYTES {
        return Err(FileProblem::TooLarge);
    }
    Ok(InvoiceFile { name: name.to_string(), size, content: None })
}

/// The file's bytes as base64 arrived: a PDF, or not.
pub fn read(file: &mut InvoiceFile, base64: String) -> Result<(), FileProblem> {
    if !base64.starts_with(PDF_MAGIC_BASE64) {
        return Err(FileProblem::NotPdf);
    }
    file.content = Some(base64);
    Ok(())
}

/// The send, once the file is read.
pub fn request(file: &InvoiceFile, order_id: &str, marketplace: Option<&str>) -> Option<ProxyRequest> {
    Some(invoice_request(order_id, marketplace, &file.name, file.content.as_deref()?))
}

pub fn picker_view(file: Option<&InvoiceFile>, problem: Option<FileProblem>, ui: Lang) -> FilePickerView {
    FilePickerView {
        label: t(ui, Text::ActionInvoicePick).to_string(),
        why: t(ui, Text::ActionInvoiceWhy).to_string(),
        chosen: file
            .map(|f| fill(t(ui, Text::ActionInvoiceChosen), &[("name", &f.name), ("size", &megabytes(f.size))])),
        problem: problem.map(|p| {
            t(
                ui,
                match p {
                    FileProblem::NotPdf => Text::ActionInvoiceNotPdf,
                    FileProblem::TooLarge => Text::ActionInvoiceTooLarge,
                },
            )
            .to_string()
        }),
    }
}

/// "1.2 MB" (decimal megabytes, as the 10 MB limit is).
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.div_ceil(100_000);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdfs_of_at_most_10_mb_are_read_and_sent() {
        assert_eq!(pick("invoice.exe", 10), Err(FileProblem::NotPdf));
        assert_eq!(pick("empty.pdf", 0), Err(FileProblem::NotPdf));
        assert_eq!(pick("big.PDF", 10_000_001), Err(FileProblem::TooLarge));
        let mut f = pick("Rechnung 1002.pdf", 10_000_000).unwrap();
        assert_eq!(request(&f, "028-1234567-8901234", Some("TR")), None, "not read yet");
        assert_eq!(read(&mut f.clone(), "TVqQAAMAAAAEAAAA".into()), Err(FileProblem::NotPdf), "an .exe renamed");
        read(&mut f, "JVBERi0xLjcK".into()).unwrap();
        let r = request(&f, "028-1234567-8901234", Some("TR")).unwrap();
        assert_eq!((r.method, r.path.as_str()), ("POST", "/v1/orders/028-1234567-8901234/invoice?marketplace=TR"));
        let body: serde_json::Value = serde_json::from_str(r.body.as_deref().unwrap()).unwrap();
        assert_eq!(
            (body["fileName"].as_str(), body["contentBase64"].as_str()),
            (Some("Rechnung 1002.pdf"), Some("JVBERi0xLjcK"))
        );
        assert_eq!(megabytes(1_234_567), "1.3 MB");
        assert_eq!(megabytes(10_000_000), "10.0 MB");
    }
}
