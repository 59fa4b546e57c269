//! Türkçe yanıtlar, "siz" ile. Değerler eksiz kalır, çünkü Türkçe ek değere göre değişir:
//! "{order_id} numaralı sipariş", "“{item_title}” ürünü", "{carrier} ile", "{deliver_by} tarihine kadar".

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Merhaba {buyer_name},",
    greeting_without_name: "Merhaba,",
    closing: "Saygılarımızla,\n{seller_name}",

    where_is_my_order: "{order_id} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.\n\n\
        “{item_title}” ürününüzü içeren paket {carrier} ile gönderildi. Kargo takip numaranız \
        {tracking_number}; paketin en geç {deliver_by} tarihine kadar teslim edilmesi bekleniyor. \
        Gönderinizi Amazon hesabınızdaki Siparişlerim bölümünden dilediğiniz zaman takip edebilirsiniz.\n\n\
        Paket {deliver_by} tarihine kadar size ulaşmazsa lütfen bu mesajı yanıtlayın; kargo firmasıyla \
        hemen bir inceleme başlatacağız.",

    return_instructions: "{order_id} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.\n\n\
        “{item_title}” ürününü Amazon'un online iade merkezi üzerinden kolayca iade edebilirsiniz: Amazon \
        hesabınızda Siparişlerim bölümünü açın, bu siparişi seçin ve iade seçeneğini belirleyin. İade \
        etiketini ve tüm talimatları orada bulabilirsiniz.\n\n\
        Ürün bize ulaştığında, ödediğiniz tutar iade koşulları doğrultusunda Amazon üzerinden size iade \
        edilecektir.",

    damaged_or_defective: "{order_id} numaralı siparişinizdeki “{item_title}” ürününün hasarlı ulaştığı \
        ya da düzgün çalışmadığı için çok üzgünüz.\n\n\
        Sorunu en kısa sürede çözebilmemiz için lütfen bu mesajı ürünün ve ambalajının birer fotoğrafıyla \
        yanıtlayın ve sorunu kısaca açıklayın. Ardından tercihinize göre size yeni bir ürün gönderecek ya da \
        ödediğiniz tutarın tamamını iade edeceğiz.\n\n\
        Fotoğrafları inceleyene kadar ürünü geri göndermenize gerek yoktur.",

    cancellation: "{order_id} numaralı siparişinizin iptal talebini aldık.\n\n\
        Sipariş henüz kargoya verilmediyse iptal edeceğiz ve sizden herhangi bir ücret alınmayacak. Paket \
        {carrier} ile gönderildiyse maalesef artık durduramıyoruz. Bu durumda teslimatı reddedebilir ya da \
        “{item_title}” ürününü Amazon hesabınızdaki Siparişlerim bölümünden iade edebilirsiniz; ödediğiniz \
        tutarın tamamı size iade edilir.",

    invoice_request: "{order_id} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.\n\n\
        “{item_title}” ürününün faturasını bu mesajın ekinde bulabilirsiniz. Faturayı dilediğiniz zaman \
        Amazon hesabınızdaki Siparişlerim bölümünden de indirebilirsiniz: bu siparişi seçip Fatura \
        seçeneğine tıklamanız yeterli.",

    thanks_for_patience: "{order_id} numaralı siparişinizle ilgili gösterdiğiniz sabır için teşekkür ederiz.\n\n\
        Güncel bilgi: “{item_title}” ürününüz {carrier} ile gönderildi (kargo takip numarası: \
        {tracking_number}) ve en geç {deliver_by} tarihine kadar size ulaşması bekleniyor.\n\n\
        Yaşanan gecikme için özür dileriz.",

    product_question: "“{item_title}” ürünüyle ilgili sorunuz ve ilginiz için teşekkür ederiz.\n\n\
        {answer}\n\n\
        Bu ürünle ilgili başka bir sorunuz olursa bu mesajı yanıtlamanız yeterli; size memnuniyetle \
        yardımcı oluruz.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "{order_id} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.\n\n“{item_title}” ürününüzü içeren siparişiniz henüz kargoya verilmedi. Siparişinizi en geç {ship_by} tarihine kadar kargo firmasına teslim edeceğiz; paketin en geç {deliver_by} tarihine kadar teslim edilmesi bekleniyor. Kargoya verildikten sonra gönderinizi Amazon hesabınızdaki Siparişlerim bölümünden dilediğiniz zaman takip edebilirsiniz.\n\nSiparişinizle ilgili başka bir sorunuz olursa bu mesajı yanıtlamanız yeterli.",

    where_is_my_order_delivered: "{order_id} numaralı siparişinizle ilgili mesajınız için teşekkür ederiz.\n\nKargo firması {carrier} kayıtlarına göre “{item_title}” ürününüzü içeren paket teslim edildi (kargo takip numarası: {tracking_number}). Paketler bazen komşuya, kapı önüne veya güvenli bir yere bırakılabiliyor; lütfen önce buraları kontrol edin.\n\nPaketi yine de bulamazsanız lütfen bu mesajı yanıtlayın; kargo firmasıyla hemen bir inceleme başlatacağız.",
};
