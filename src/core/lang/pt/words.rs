//! Português do Brasil. Sem "avaliação" sozinha nem com lacuna antes dela: "após a avaliação do
//! produto" é análise, não resenha; sem "nota" nos pedidos de alteração ("alterar a nota fiscal").

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Pt,
    marketing: &[
        "cupom|cupons|cupão|cupões", "código|codigo|códigos|codigos de desconto", "código|codigo promocional",
        "# % de desconto", "oferta|ofertas especial|especiais|exclusiva|exclusivas", "promoção|promoções|promocao",
        "nossa newsletter", "siga|sigam|segue nos", "nos siga|sigam|acompanhe",
        "siga|sigam|segue|acompanhe a|o? nossa|nosso loja|página|pagina|perfil|canal",
        "nosso site|website|perfil", "nossa loja virtual|online|física|fisica",
        "visite|conheça a|o? nossa|nosso loja|site|perfil|página|pagina",
        "compre|comprar|compra direto|diretamente conosco", "compre|comprar|compra direto|diretamente com a gente",
        "sua próxima compra", "seu próximo pedido",
        // Off Amazon: by phone, WhatsApp ("zap") or a website.
        "ligue|ligar|liga para|pra nós", "ligue|ligar|liga para|pra a? gente", "nos ligue|liga",
        "chame|chama nos|a? gente? no|pelo zap|zapzap|whatsapp", "no|pelo zap|zapzap",
        "fale|falar|entre|entrar em? contato? conosco .. whatsapp|telefone|instagram|e-mail|email|direct|site",
    ],
    review_manipulation: &[
        "avaliação|avaliações|avaliacao|comentário|comentários|opinião|opiniões|resenha|resenhas positiva|positivas|positivo|positivos",
        "boa|boas|ótima|ótimas|excelente avaliação|avaliações|resenha|nota", "nota máxima|dez",
        "# estrelas", "cinco estrelas",
        "alterar|altere|mudar|mude|remover|remova|excluir|exclua|apagar|apague|retirar|retire|editar|edite|atualizar|atualize a|o? sua|seu|essa|esse? avaliação|avaliações|comentário|opinião|resenha",
        "em troca de|da|uma|sua .. avaliação|avaliações|comentário|opinião|resenha",
        "desconto|reembolso por|pela|pelo sua|seu|uma avaliação|comentário|opinião|resenha",
        "brinde|presente|cupom|vale|grátis .. avaliação|comentário|opinião|resenha",
    ],
    review_request: &[
        "deixe|deixar|deixa|escreva|escrever|publique|publicar .. avaliação|avaliações|comentário|opinião|resenha",
        "avalie nos|o produto|a compra|a loja|sua compra",
    ],
    phone_hints: &["tel", "telefone", "fone", "ligue", "ligar", "celular", "whatsapp", "zap", "fax", "sac"],
    number_hints: &[
        "pedido", "rastreamento", "rastreio", "objeto", "nota", "nf", "nfe", "produto", "item", "código",
        "protocolo", "referência", "cpf", "cnpj", "cep", "série",
    ],
    // Portuguese only: "que", "para" and "pedido" are Spanish too, "das" and "um" German, "na" Polish.
    common: &[
        "você", "seu", "seus", "suas", "não", "com", "em", "uma", "é", "ao", "pelo", "pela", "isso",
        "essa", "esse", "foi", "são", "pode", "produto", "mensagem", "agradecemos", "obrigado", "obrigada",
        "também", "já", "nós",
    ],
};
