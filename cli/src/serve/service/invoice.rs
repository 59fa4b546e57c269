//! An invoice to the buyer in Amazon's three steps (sp-api.md §8; the Messaging model's
//! `Attachment`): an upload destination for the invoice message, made with the file's MD5 and
//! type (Uploads 2020-11-01 createUploadDestinationForResource), the file PUT to the URL Amazon
//! returns with the headers it names, then sendInvoice naming the `uploadDestinationId` and the
//! file name. `messaging::send` wraps it like any message: the token may send, at most once in
//! 10 minutes for the same file, and an audit line however it ends.

use base64::Engine;
use md5::{Digest, Md5};
use orderlens::marketplace::Marketplace;
use orderlens::problem::{Problem, ProblemCode};
use orderlens::reply::compliance::MAX_ATTACHMENT_BYTES;

use super::fetch::fetch;
use crate::serve::accounts::Account;
use crate::serve::order_id::OrderId;
use crate::serve::spapi::operations::{self, Request};
use crate::serve::spapi::uploads::{parse_upload_destination, UploadError};
use crate::serve::state::AppState;

pub const PDF: &str = "application/pdf";

/// The file as the caller sent it.
pub struct Pdf<'a> {
    pub file_name: &'a str,
    pub bytes: &'a [u8],
}

/// The longest file name passed on, in characters (it appears in the buyer's message).
const MAX_FILE_NAME: usize = 120;

impl Pdf<'_> {
    /// Amazon's attachment rules as far as the proxy can see them: a PDF, at most 10 MB.
    pub fn check(&self) -> Result<(), Problem> {
        let invalid = |why: String| Err(Problem::new(ProblemCode::MessageInvalid, why));
        let name = self.file_name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_FILE_NAME
            || name.chars().any(|c| c.is_control() || matches!(c, '/' | '\\'))
            || !name.to_ascii_lowercase().ends_with(".pdf")
        {
            return invalid(format!("The file name must end in .pdf, have at most {MAX_FILE_NAME} characters and no slashes. Rename the file and send it again."));
        }
        if self.bytes.len() as u64 > MAX_ATTACHMENT_BYTES {
            return invalid(format!(
                "The file has {} bytes; Amazon takes attachments of at most 10 MB. Send a smaller PDF.",
                self.bytes.len()
            ));
        }
        if !self.bytes.starts_with(b"%PDF-") {
            return invalid("The file is not a PDF (it does not start with %PDF-). Amazon takes invoices as PDF: export the invoice as PDF and send that.".into());
        }
        Ok(())
    }

    /// The base64 MD5 digest Amazon checks the upload against (`contentMD5`).
    pub fn content_md5(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(Md5::digest(self.bytes))
    }
}

/// Steps one and two: the destination, and the file in it. Answers the sendInvoice request.
pub async fn upload(
    s: &AppState,
    account: &Account,
    order_id: &OrderId,
    mp: &'static Marketplace,
    pdf: &Pdf<'_>,
) -> Result<Request, Problem> {
    let create = operations::create_invoice_destination(order_id, mp, &pdf.content_md5(), PDF);
    let destination = fetch(&s.spapi, account, &create, parse_upload_destination).await?;
    if let Err(e) = s.spapi.upload(&destination, PDF, pdf.bytes.to_vec()).await {
        let why = match e {
            UploadError::Refused => "Amazon named an upload address that is not https; nothing was sent. Try again; if it persists, send the invoice from Seller Central.".to_string(),
            UploadError::Status(status) => format!("Amazon's storage refused the invoice file (HTTP {status}); nothing was sent to the buyer. Try again; if it persists, send it from Seller Central."),
            UploadError::Unreachable => "Amazon's storage did not take the invoice file in time; nothing was sent to the buyer. Try again in a moment.".to_string(),
        };
        let p = Problem::new(ProblemCode::UpstreamUnavailable, why).with_retry_after(30);
        account.record_error(&p);
        return Err(p);
    }
    Ok(operations::send_invoice(order_id, mp, &destination.id, pdf.file_name.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_named_pdfs_up_to_10_mb() {
        let pdf = |name, bytes| Pdf { file_name: name, bytes };
        assert!(pdf("invoice-1001.pdf", b"%PDF-1.7\n...").check().is_ok());
        assert!(pdf("INVOICE.PDF", b"%PDF-1.4").check().is_ok());
        for (name, bytes) in [
            ("invoice.exe", &b"%PDF-1.7"[..]),
            ("../x.pdf", b"%PDF-1.7"),
            ("", b"%PDF-1.7"),
            ("invoice.pdf", b"MZ\x90\x00"),
            ("invoice.pdf", b""),
        ] {
            assert_eq!(pdf(name, bytes).check().unwrap_err().code, ProblemCode::MessageInvalid, "{name}");
        }
        let big = [b"%PDF-".to_vec(), vec![b' '; 10_000_000]].concat();
        assert!(pdf("big.pdf", &big).check().is_err());
        // RFC 1321's test vector, base64 as Content-MD5 writes it.
        assert_eq!(pdf("a.pdf", b"").content_md5(), "1B2M2Y8AsgTpgAmY7PhCfg==");
    }
}
