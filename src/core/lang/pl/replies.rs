//! Odpowiedzi po polsku, w formie „Państwo” (grzecznościowa i neutralna co do płci). Powitanie
//! pomija imię: bezpośredni zwrot wymaga wołacza i rodzaju, których samo imię i nazwisko nie podaje.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Dzień dobry,",
    greeting_without_name: "Dzień dobry,",
    closing: "Z poważaniem\n{seller_name}",

    where_is_my_order: "Dziękujemy za wiadomość dotyczącą zamówienia {order_id}.\n\n\
        Paczka z produktem „{item_title}” została przekazana firmie {carrier}. Numer przesyłki to \
        {tracking_number}, a dostawa jest przewidziana najpóźniej na {deliver_by}. Status przesyłki mogą \
        Państwo w każdej chwili sprawdzić w sekcji „Zamówienia” w serwisie Amazon.\n\n\
        Jeśli paczka nie dotrze do {deliver_by}, prosimy o odpowiedź na tę wiadomość – od razu wyjaśnimy \
        sprawę z przewoźnikiem.",

    return_instructions: "Dziękujemy za wiadomość dotyczącą zamówienia {order_id}.\n\n\
        Produkt „{item_title}” mogą Państwo zwrócić przez internetowe Centrum zwrotów Amazon: wystarczy \
        otworzyć „Zamówienia” w serwisie Amazon, wybrać to zamówienie i kliknąć „Zwróć lub wymień \
        produkty”. Tam znajdą Państwo etykietę zwrotną i wszystkie instrukcje.\n\n\
        Po otrzymaniu produktu zwrot pieniędzy zostanie zrealizowany przez Amazon zgodnie z zasadami \
        zwrotów.",

    damaged_or_defective: "Bardzo nam przykro, że produkt „{item_title}” z zamówienia {order_id} dotarł \
        uszkodzony lub nie działa prawidłowo.\n\n\
        Aby jak najszybciej rozwiązać problem, prosimy o odpowiedź na tę wiadomość ze zdjęciem produktu \
        i opakowania oraz krótkim opisem usterki. Następnie zaproponujemy Państwu, zależnie od Państwa \
        wyboru, wymianę produktu lub pełny zwrot pieniędzy.\n\n\
        Nie trzeba odsyłać produktu, zanim obejrzymy zdjęcia.",

    cancellation: "Otrzymaliśmy Państwa prośbę o anulowanie zamówienia {order_id}.\n\n\
        Jeśli zamówienie nie zostało jeszcze wysłane, anulujemy je i nie zostaną Państwo obciążeni żadną \
        kwotą. Jeśli przesyłka została już przekazana firmie {carrier}, niestety nie możemy jej zatrzymać. \
        W takim przypadku mogą Państwo odmówić przyjęcia paczki lub zwrócić produkt „{item_title}” w \
        sekcji „Zamówienia” w serwisie Amazon – otrzymają Państwo wtedy pełny zwrot pieniędzy.",

    invoice_request: "Dziękujemy za wiadomość dotyczącą zamówienia {order_id}.\n\n\
        W załączniku przesyłamy fakturę za produkt „{item_title}”. Fakturę można też w każdej chwili \
        pobrać w sekcji „Zamówienia” w serwisie Amazon: wystarczy wybrać to zamówienie i kliknąć \
        „Faktura”.",

    thanks_for_patience: "Dziękujemy za cierpliwość w sprawie zamówienia {order_id}.\n\n\
        Mamy nowe informacje: produkt „{item_title}” został przekazany firmie {carrier} (numer przesyłki \
        {tracking_number}) i powinien dotrzeć najpóźniej {deliver_by}.\n\n\
        Przepraszamy za opóźnienie.",

    product_question: "Dziękujemy za pytanie i zainteresowanie produktem „{item_title}”.\n\n\
        {answer}\n\n\
        Jeśli mają Państwo jeszcze jakieś pytania dotyczące tego produktu, wystarczy odpowiedzieć na tę \
        wiadomość – chętnie pomożemy.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Dziękujemy za wiadomość dotyczącą zamówienia {order_id}.\n\nZamówienie z produktem „{item_title}” nie zostało jeszcze wysłane. Przekażemy je przewoźnikowi najpóźniej {ship_by}, a dostawa jest przewidziana najpóźniej na {deliver_by}. Po wysyłce mogą Państwo w każdej chwili śledzić przesyłkę w sekcji „Zamówienia” w serwisie Amazon.\n\nW razie innych pytań dotyczących zamówienia wystarczy odpowiedzieć na tę wiadomość.",

    where_is_my_order_delivered: "Dziękujemy za wiadomość dotyczącą zamówienia {order_id}.\n\nWedług informacji przewoźnika {carrier} paczka z produktem „{item_title}” została doręczona (numer przesyłki {tracking_number}). Paczki bywają zostawiane u sąsiadów, pod drzwiami lub w bezpiecznym miejscu, dlatego prosimy najpierw sprawdzić te miejsca.\n\nJeśli paczki nadal nie ma, prosimy o odpowiedź na tę wiadomość – od razu wyjaśnimy sprawę z przewoźnikiem.",
};
