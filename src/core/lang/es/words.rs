//! Español.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Es,
    marketing: &[
        "cupón|cupon|cupones", "código|codigo|códigos de descuento", "código|codigo promocional",
        "# % de descuento", "oferta|ofertas especial|especiales", "oferta* exclusiva*", "boletín",
        "síguenos|siguenos|síganos|siganos", "nuestra página web", "nuestra web",
        "nuestra tienda online|en", "compre|compra directamente", "su|tu próxima compra",
        "su|tu próximo pedido", "promoción|promociones",
        // Off Amazon: "call us".
        "llámenos|llámanos|llamenos|llamanos", "contáctenos|contáctanos|contactenos|contactanos por teléfono",
    ],
    review_manipulation: &[
        "opini*|valoraci*|reseña*|comentario*|calificaci* positiv*", "buena* opini*|valoraci*|reseña*",
        "# estrellas", "cinco estrellas",
        "cambiar|cambie|modificar|modifique|eliminar|elimine|borrar|borre|retirar|retire|quitar|quite|actualizar|actualice su|tu|la|esa .. opini*|valoraci*|reseña*|calificaci*",
        "a cambio de una|su|tu? buena|positiva? opini*|valoraci*|reseña*|comentario*|calificaci*",
        "reembolso|descuento|cupón|regalo|vale por una|su|tu opini*|valoraci*|reseña*|calificaci*",
    ],
    review_request: &[
        "dejar|deje|dejarnos|déjenos|déjanos|escribir|escriba .. opini*|valoraci*|reseña*|calificaci*",
    ],
    phone_hints: &["tel", "teléfono", "telefono", "llám", "llam", "móvil", "movil", "celular", "fax"],
    number_hints: &["pedido", "seguimiento", "factura", "paquete", "envío", "referencia", "artículo", "expediente"],
    common: &[
        "el", "los", "las", "es", "su", "sus", "para", "por", "del", "gracias",
        "pedido", "se", "lo", "ha", "hemos", "puede", "usted", "está", "muy", "nuestro", "nuestra", "mensaje",
    ],
};
