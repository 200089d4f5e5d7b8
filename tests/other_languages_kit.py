"""One event in three languages and a minister's other event (r-coverage60): invented
outlets and people, CC0, for the tests of :mod:`veille.dedup.other_languages`."""

from __future__ import annotations

PAGES = {
    "fr": ("Grève à la SNCF : un TGV sur deux mardi, Aurélien Castagne appelle au dialogue",
           "Un TGV sur deux circulera mardi en raison d'une grève à l'appel de quatre "
           "syndicats de cheminots, a annoncé lundi la SNCF. « La grève ne doit pas devenir "
           "la règle », a déclaré le ministre des Transports, Aurélien Castagne. Les "
           "syndicats réclament une hausse de 6 % des salaires ; la direction propose 2,1 %. "
           "Une nouvelle réunion est prévue le 6 novembre au ministère, selon Maëlle Ondine, "
           "secrétaire générale de SUD-Rail Express.", "2026-11-02T18:12:00+01:00",
           "https://ouest-gazette.example/greve"),
    "en": ("French rail strike halves high-speed trains as unions seek 6% raise",
           "Only one in two TGV trains will run on Tuesday because of a strike by four rail "
           "unions, operator SNCF said on Monday. Transport Minister Aurélien Castagne urged "
           "both sides to return to talks. The unions want a 6% pay rise, while management "
           "has offered 2.1%. Talks are scheduled for November 6, said Maëlle Ondine of "
           "SUD-Rail Express.", "2026-11-02T17:55:00+01:00",
           "https://channel-wire.example/strike"),
    "it": ("Sciopero dei treni in Francia, a Parigi caos nelle stazioni",
           "Stazioni affollate e tabelloni pieni di cancellazioni: la Francia vive una nuova "
           "giornata di sciopero ferroviario. \"Lo sciopero non può diventare la regola\", ha "
           "ripetuto il ministro dei Trasporti Aurélien Castagne. I sindacati chiedono un "
           "aumento del 6%. La prossima riunione è fissata per il 6 novembre.",
           "2026-11-03T12:30:00+01:00", "https://gazzetta-alpina.example/sciopero"),
}
# the same minister, the same week, another event: a terminal opened
OTHER = ("Transport minister opens new terminal at Nantes airport",
         "Transport Minister Aurélien Castagne inaugurated the new terminal of Nantes "
         "airport on Wednesday, a 90 million euro building for 4 million passengers a year. "
         "\"This terminal opens the west to Europe,\" he said at the opening ceremony.",
         "2026-11-04T15:00:00+01:00", "https://channel-wire.example/terminal")


def page_bytes(lang: str, title: str, body: str, published: str, url: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="{published}">'
            f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
            ).encode()
