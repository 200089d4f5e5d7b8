"""Writes cases.json (the held-out set of h-copies66; texts written for it)."""
import json
from pathlib import Path

TEXTS = {
 "fr": ("Le conseil municipal de Quimperlé a adopté mardi soir un plan de rénovation de la piscine "
        "Kerbertrand, fermée depuis l'effondrement d'une partie du faux plafond en mars.",
        ["Les travaux, estimés à 4,2 millions d'euros, doivent commencer en janvier et durer "
         "quatorze mois, selon le calendrier présenté par l'adjoint aux sports.",
         "Pendant la fermeture, les scolaires sont accueillis à la piscine de Clohars-Carnoët, "
         "avec des navettes financées par la communauté d'agglomération.",
         "L'opposition a voté contre, jugeant le coût trop élevé et demandant une étude sur une "
         "construction neuve à côté du complexe sportif de Kerjégu."],
        "Quimperlé : le chantier de la piscine Kerbertrand voté après trois heures de débat, "
        "pour une réouverture espérée au printemps 2028."),
 "es": ("El Ayuntamiento de Calatayud aprobó el jueves en pleno extraordinario la compra del "
        "antiguo cuartel de la Guardia Civil para convertirlo en un centro de día para mayores.",
        ["La operación costará 1,3 millones de euros, de los que la Diputación de Zaragoza "
         "aportará la mitad a través del plan de infraestructuras municipales.",
         "El edificio, vacío desde 2019, necesitará una reforma integral que el equipo de "
         "gobierno calcula en otros dos millones y medio de euros.",
         "La oposición se abstuvo y reclamó un calendario de obras y un estudio de la demanda "
         "de plazas en la comarca antes de firmar la compraventa."],
        "Calatayud compra el viejo cuartel: el pleno aprobó la operación anoche con la "
        "abstención de la oposición y el centro de día abrirá en 2028."),
 "it": ("Il consiglio comunale di Fano ha approvato lunedì sera il progetto della nuova pista "
        "ciclabile lungo il litorale, da Sassonia fino al porto turistico.",
        ["L'opera, lunga quattro chilometri, costerà 2,8 milioni di euro finanziati in gran "
         "parte con i fondi regionali per la mobilità sostenibile.",
         "I lavori partiranno a febbraio e dovrebbero concludersi prima dell'estate, per non "
         "intralciare la stagione balneare, ha spiegato l'assessora ai lavori pubblici.",
         "I commercianti del lungomare chiedono invece di conservare i parcheggi e hanno "
         "raccolto oltre seicento firme contro il tracciato scelto."],
        "Fano, via libera alla ciclabile sul lungomare: il voto è arrivato a tarda sera dopo "
        "un dibattito acceso tra maggioranza e opposizione."),
 "en": ("Harrogate councillors on Tuesday approved plans to turn the former Crescent Gardens "
        "offices into a 120-room hotel, ending four years of uncertainty over the building.",
        ["The developer, Yorkshire Spa Hotels, says the conversion will cost 18 million pounds "
         "and create around 90 permanent jobs once the hotel opens.",
         "Conditions attached to the permission require the listed facade and the ground-floor "
         "council chamber to be restored and opened to the public twice a year.",
         "Residents' groups had objected to the loss of parking on Crescent Road, and the "
         "committee asked for a travel plan before work can begin."],
        "Harrogate's Crescent Gardens hotel plan has been approved: councillors backed it by "
        "eight votes to three after a three-hour meeting on Tuesday evening."),
}
cases = []
for lang, (lead, body, new_lead) in TEXTS.items():
    day = "2026-11-17T18:00:00+01:00"
    later = "2026-11-17T22:30:00+01:00"
    t1, t2 = lead[:60], new_lead[:60]
    # U-update: an outlet's update captured with no source on either side
    cases.append({"name": f"U-update-{lang}", "expect": ["unattributed"], "records": [
        {"title": t1, "paragraphs": [lead, *body], "published": day, "language": lang},
        {"title": t2, "paragraphs": [new_lead, *body], "published": later, "language": lang}]})
    # U-onesided: a known outlet's article, then a capture of its text with no source
    cases.append({"name": f"U-onesided-{lang}", "expect": ["unattributed"], "records": [
        {"title": t1, "paragraphs": [lead, *body], "published": day, "language": lang,
         "source": f"journal-{lang}.example", "url": f"https://journal-{lang}.example/a/1"},
        {"title": t1, "paragraphs": [lead, *body[:2]], "published": later, "language": lang}]})
    # U-guard: two known outlets: a reprint
    cases.append({"name": f"U-guard-{lang}", "expect": ["reprint"], "records": [
        {"title": t1, "paragraphs": [lead, *body], "published": day, "language": lang,
         "source": f"journal-{lang}.example", "url": f"https://journal-{lang}.example/a/1"},
        {"title": t1, "paragraphs": [lead, *body], "published": later, "language": lang,
         "source": f"autre-{lang}.example", "url": f"https://autre-{lang}.example/b/7"}]})

WIRES = [
 ("fr", "AFP", "Dépêche AFP reprise par 3 titres",
  "Crue du Lot : Cahors évacue deux quartiers",
  ["CAHORS (AFP) - La préfecture du Lot a ordonné jeudi l'évacuation de deux quartiers de "
   "Cahors menacés par la crue du Lot, qui devrait atteindre son pic dans la nuit.",
   "Quelque 650 habitants sont concernés, a précisé la préfète lors d'un point presse, en "
   "indiquant qu'un gymnase avait été ouvert pour accueillir les sinistrés.",
   "Le niveau de la rivière a dépassé 8 mètres en fin d'après-midi, un seuil qui n'avait plus "
   "été franchi depuis la crue de décembre 2003, selon Vigicrues."],
  [("https://www.ladepeche.fr/2026/12/03/crue-cahors", "La Dépêche", "La Dépêche avec AFP",
    "Publié le 03/12/2026 à 16h05"),
   ("https://www.sudouest.fr/lot/cahors/crue-4412", "Sud Ouest", "Sud Ouest avec AFP",
    "Publié le 03/12/2026 à 16h40"),
   ("https://www.lepoint.fr/societe/crue-du-lot-2601", "Le Point", "Le Point avec AFP",
    "Publié le 03/12/2026 à 17h20")], "La Dépêche"),
 ("en", "Reuters", "Reuters dispatch carried by 3 outlets",
  "Norway's central bank holds rates, signals cut in March",
  ["OSLO (Reuters) - Norway's central bank kept its policy rate unchanged at 4.0% on Thursday "
   "but said it expected to cut borrowing costs in March as inflation cools.",
   "Governor Ida Wolden Bache told reporters the krone's recent strength had eased price "
   "pressures faster than the bank had forecast in September.",
   "Economists polled by Reuters had unanimously expected the bank to hold, with most "
   "seeing the first cut in the first half of next year."],
  [("https://www.marketwatch.example/story/norway-rates-1", "Market Daily",
    "By Market Daily staff with Reuters", "Published December 3, 2026 10:12 GMT"),
   ("https://www.thelocal.example/20261203/norway-rates", "The Local Norway",
    "The Local with Reuters", "Published December 3, 2026 10:30 GMT"),
   ("https://www.euronews.example/business/2026/12/03/norway", "Euro Business",
    "Euro Business with Reuters", "Published December 3, 2026 11:05 GMT")], "Market Daily"),
 ("fr", "EFE", "Dépêche EFE reprise par 3 titres",
  "Un incendio forestal obliga a desalojar tres urbanizaciones en Ourense",
  ["OURENSE (EFE) - Un incendio forestal declarado la tarde del miércoles en el municipio de "
   "Carballeda de Avia obligó a desalojar tres urbanizaciones, según informó la Xunta.",
   "Más de doscientos efectivos, siete helicópteros y dos aviones anfibios trabajan en la "
   "extinción, dificultada por el viento del sur que sopla con rachas de 60 kilómetros.",
   "Los vecinos desalojados, unas cuatrocientas personas, han sido trasladados al pabellón "
   "municipal de Ribadavia, donde Cruz Roja ha instalado un punto de atención."],
  [("https://www.laregion.es/ourense/incendio-carballeda", "La Región", "EFE",
    "03/12/2026 19:10"),
   ("https://www.farodevigo.es/ourense/2026/12/03/incendio", "Faro de Vigo", "EFE",
    "03.12.2026 | 19:35"),
   ("https://www.lavozdegalicia.es/noticia/ourense/2026/12/03/incendio", "La Voz de Galicia",
    "EFE", "03/12/2026 20:02")], "La Región"),
]
for lang, agency, said, title, paras, outlets, first in WIRES:
    cases.append({"name": f"W-{agency}", "lang": lang, "agency": agency, "said": said,
                  "title": title, "paragraphs": paras, "first": first,
                  "outlets": [{"url": u, "masthead": m, "byline": b, "stamp": s}
                              for u, m, b, s in outlets]})

TEMPLATES = {
 "en": (["Wrexham County Borough Council has today announced {x}.",
         "For further information please contact the Communications Team at Wrexham County "
         "Borough Council, Guildhall, Wrexham LL11 1AY, telephone 01978 292000, or email "
         "press@wrexham.gov.uk. Out of hours media enquiries: 07700 900123.",
         "Notes to editors: Wrexham County Borough Council is the local authority for the "
         "county borough of Wrexham, serving a population of around 136,000 people. This "
         "release is issued under the Open Government Licence."],
        ["the reopening of the Waterworld leisure centre's main pool after a six-month "
         "refurbishment costing 2.4 million pounds",
         "a new weekly collection of food waste for 8,000 households in Gresford, Rossett "
         "and Marford from January"],
        [["The refurbished pool has new changing rooms, a hoist for disabled swimmers and "
          "LED lighting that will cut the centre's energy bill by a third.",
          "Public swimming sessions resume on Monday, with free sessions for under-16s "
          "during the first week, said Councillor Hugh Jones, lead member for leisure."],
         ["Each household will receive a kitchen caddy and an outdoor bin in December, "
          "together with a leaflet explaining what can be collected.",
          "The council expects the scheme to divert 1,200 tonnes of waste a year from "
          "landfill, said Councillor Nigel Williams, lead member for environment."]]),
 "fr": (["La préfecture de la Sarthe communique : {x}.",
         "Contact presse : bureau de la communication interministérielle, préfecture de la "
         "Sarthe, place Aristide-Briand, 72041 Le Mans cedex 9. Tél. : 02 43 39 70 00. "
         "Courriel : pref-communication@sarthe.gouv.fr.",
         "Retrouvez l'ensemble des communiqués de presse et des arrêtés préfectoraux sur le "
         "site internet des services de l'État en Sarthe, rubrique Actualités, et suivez la "
         "préfecture sur les réseaux sociaux."],
        ["la mise en place de restrictions d'usage de l'eau dans le bassin de l'Huisne à "
         "compter de samedi",
         "la fermeture temporaire de la route départementale 323 entre Connerré et "
         "Saint-Mars-la-Brière pour travaux"],
        [["Le niveau d'alerte renforcée est déclenché : l'arrosage des jardins et le lavage des "
          "véhicules sont interdits entre 8 heures et 20 heures.",
          "Les agriculteurs irrigants doivent réduire leurs prélèvements de 40 %, sauf pour "
          "les cultures maraîchères, jusqu'au 30 septembre au moins."],
         ["Les travaux de reprise de la chaussée dureront trois semaines, de nuit, entre "
          "21 heures et 6 heures, a précisé la direction interdépartementale des routes.",
          "Une déviation est mise en place par Champagné et Ardenay-sur-Mérize pour les "
          "poids lourds comme pour les véhicules légers."]]),
 "es": (["La Policía Local de Getafe informa de {x}.",
         "Para más información, los medios de comunicación pueden dirigirse al Gabinete de "
         "Prensa del Ayuntamiento de Getafe, calle Ramón y Cajal 22, teléfono 91 202 79 00, "
         "correo electrónico prensa@ayto-getafe.org.",
         "Aviso legal: la información contenida en este comunicado puede ser reproducida "
         "citando la fuente. Los datos personales se tratan conforme al Reglamento General "
         "de Protección de Datos."],
        ["la detención de dos jóvenes por una serie de robos en vehículos aparcados en el "
         "barrio de Las Margaritas",
         "los cortes de tráfico previstos por la celebración de la carrera popular de San "
         "Silvestre el 31 de diciembre"],
        [["Los agentes sorprendieron a los detenidos de madrugada forzando la puerta de una "
          "furgoneta en la calle Toledo, tras varias denuncias de vecinos.",
          "Se les atribuyen al menos catorce robos cometidos en las últimas tres semanas; "
          "ambos han pasado a disposición judicial."],
         ["Las calles Madrid, Toledo y la avenida de los Ángeles permanecerán cerradas al "
          "tráfico entre las 16.00 y las 20.00 horas.",
          "Se recomienda utilizar el transporte público; las líneas de autobús urbano 2 y 4 "
          "modificarán su recorrido durante la prueba."]]),
}
for lang, (frame, subjects, bodies) in TEMPLATES.items():
    def release(n: int) -> list[str]:
        return [frame[0].format(x=subjects[n]), *bodies[n], frame[1], frame[2]]
    cases.append({"name": f"T-two-releases-{lang}", "expect": [""], "records": [
        {"title": subjects[0][:70], "paragraphs": release(0),
         "published": "2026-11-20T10:00:00+01:00", "language": lang,
         "source": f"council-{lang}.example", "url": f"https://council-{lang}.example/news/1"},
        {"title": subjects[1][:70], "paragraphs": release(1),
         "published": "2026-11-27T10:00:00+01:00", "language": lang,
         "source": f"council-{lang}.example", "url": f"https://council-{lang}.example/news/2"}]})
    cases.append({"name": f"T-two-outlets-{lang}", "expect": ["copy"], "records": [
        {"title": subjects[0][:70], "paragraphs": release(0),
         "published": "2026-11-20T10:30:00+01:00", "language": lang,
         "source": f"paper-{lang}.example", "url": f"https://paper-{lang}.example/a/3"},
        {"title": subjects[0][:70], "paragraphs": release(0),
         "published": "2026-11-20T11:15:00+01:00", "language": lang,
         "source": f"radio-{lang}.example", "url": f"https://radio-{lang}.example/n/9"}]})
# a one-line notice on the template: the news is one sentence, the frame most of the text
for lang, (frame, subjects, _bodies) in TEMPLATES.items():
    cases.append({"name": f"T-one-line-notices-{lang}", "expect": [""], "records": [
        {"title": subjects[n][:70], "paragraphs": [frame[0].format(x=subjects[n]), frame[1],
                                                   frame[2]],
         "published": f"2026-11-{20 + 7 * n}T10:00:00+01:00", "language": lang,
         "source": f"council-{lang}.example", "url": f"https://council-{lang}.example/n/{n}"}
        for n in (0, 1)]})
Path(__file__).with_name("cases.json").write_text(
    json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(cases))
