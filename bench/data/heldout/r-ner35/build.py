#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the r-ner35 held-out set (see README.md)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rn35/"

# Each case: article fields, then checks:
#   ("ent", surface, allowed labels)  the entity mention whose text is `surface` must have one of
#        these labels; "NONE" in the list means "no entity at all" is also right.
#   ("noent", words)  no entity's mention text contains `words` (span past the name).
#   ("spk", snippet, accepted speakers)  the quote containing snippet; None = no speaker.
#        Matched exactly after folding (case, accents, punctuation); articles are NOT dropped.
#   ("qline", surname_only, full)  `veille quotes` prints `full`, not the bare `surname_only [`.
CASES = [
    dict(title="Commissioners Approve Plan to Reopen Shuttered Paper Mill",
         paragraphs=[
             "The Lake County Board of Commissioners voted 4-1 on Tuesday to back a plan to reopen the paper mill on the Grand River.",
             "Commissioner Dolores Whitfield cast the lone vote against the proposal, citing the cost of cleaning the site.",
             "\"We are being asked to write a blank check,\" Whitfield said after the vote.",
             "Sheriff Raymond Colby said his office would patrol the site during the work."],
         language="en", source="The News-Herald", url=U + "e01",
         published="2026-11-24T19:10:00-05:00",
         checks=[("ent", "Commissioner Dolores Whitfield", ["PER", "NONE"]),
                 ("ent", "Dolores Whitfield", ["PER"]),
                 ("ent", "Reopen Shuttered Paper Mill", ["NONE"]),
                 ("ent", "Sheriff Raymond Colby", ["PER", "NONE"]),
                 ("spk", "write a blank check", ["Dolores Whitfield", "Whitfield"]),
                 ("qline", "Whitfield", "Dolores Whitfield")]),
    dict(title="Voters Reject Bond to Rebuild Aging Fire Station",
         paragraphs=[
             "Residents of Millbrook turned down a $9 million bond measure on Tuesday by fewer than 200 votes.",
             "Alderwoman Priya Natarajan said the town would come back with a smaller request next year.",
             "\"The need has not gone away,\" said Fire Chief Owen Maguire. \"Our engines are older than some of our firefighters.\""],
         language="en", source="Millbrook Ledger", url=U + "e02",
         published="2026-11-05T08:00:00-05:00",
         checks=[("ent", "Rebuild Aging Fire Station", ["NONE"]),
                 ("ent", "Alderwoman Priya Natarajan", ["PER", "NONE"]),
                 ("ent", "Priya Natarajan", ["PER"]),
                 ("spk", "The need has not gone away", ["Owen Maguire", "Fire Chief Owen Maguire"])]),
    dict(title="Quimper : les illuminations de Noël de Bretagne attirent la foule",
         paragraphs=[
             "Le village de Noël de Bretagne a ouvert samedi sur la place Saint-Corentin, à Quimper.",
             "Les Quimpérois étaient plusieurs milliers dès le premier soir, selon la mairie.",
             "« Nous avons doublé le nombre de chalets », a indiqué l'adjointe au commerce, Maëlle Guivarc'h.",
             "La navette part de l'arrêt Résistance les dimanches matin toutes les vingt minutes."],
         language="fr", source="Le Télégramme", url=U + "f03",
         published="2026-11-29T10:00:00+01:00",
         checks=[("ent", "Noël de Bretagne", ["MISC", "NONE"]),
                 ("ent", "Quimpérois", ["MISC", "NONE"]),
                 ("noent", "dimanches"),
                 ("spk", "doublé le nombre de chalets", ["Maëlle Guivarc'h"])]),
    dict(title="Rugby : les Montois s'imposent à domicile",
         paragraphs=[
             "Les Montois ont battu Aurillac 27 à 13 vendredi soir au stade Guy-Boniface.",
             "Les Aurillacois n'ont jamais trouvé la faille en seconde période.",
             "« On a su rester patients », a réagi l'entraîneur, Julien Labadie."],
         language="fr", source="Sud Ouest", url=U + "f04",
         published="2026-11-28T23:30:00+01:00",
         checks=[("ent", "Montois", ["MISC", "NONE"]),
                 ("ent", "Aurillacois", ["MISC", "NONE"]),
                 ("spk", "rester patients", ["Julien Labadie"])]),
    dict(title="Roanne : la fonderie Metalor réduit la voilure",
         paragraphs=[
             "La fonderie Metalor, installée à Roanne depuis 1974, supprimera quarante postes au printemps.",
             "« Nous n'avions plus le choix face au prix de l'énergie », a-t-il expliqué jeudi lors d'un comité social et économique."],
         language="fr", source="Le Progrès", url=U + "f05",
         published="2026-11-26T12:00:00+01:00",
         checks=[("spk", "plus le choix face au prix", [None])]),
    dict(title="Vannes : le chantier du port prend du retard",
         paragraphs=[
             "Le président de l'agglomération, Bertrand Le Moal, a visité mardi le chantier du nouveau ponton.",
             "L'entreprise Armor Travaux, chargée des travaux, a reconnu des difficultés d'approvisionnement.",
             "« Les délais seront tenus pour l'été », a-t-il assuré."],
         language="fr", source="Ouest-France", url=U + "f06",
         published="2026-11-25T17:45:00+01:00",
         checks=[("spk", "Les délais seront tenus", ["Bertrand Le Moal"])]),
    dict(title="Colmar : la piscine fermée pour l'hiver",
         paragraphs=[
             "La ville a interrogé la directrice du centre aquatique, Corinne Wendling, sur les causes de la fermeture.",
             "Celle-ci a répondu : « Le toit ne supporte plus le poids de la neige. »",
             "Le préfet du Haut-Rhin, Laurent Touvet, a été saisi. Celui-ci a estimé : « Aucune dérogation n'est possible. »"],
         language="fr", source="L'Alsace", url=U + "f07",
         published="2026-11-30T09:20:00+01:00",
         checks=[("spk", "Le toit ne supporte plus", ["Corinne Wendling"]),
                 ("spk", "Aucune dérogation", ["Laurent Touvet"])]),
    dict(title="Freiburg: Neue Radwege in der Innenstadt",
         paragraphs=[
             "Die Stadt Freiburg baut bis 2028 zwölf Kilometer neue Radwege.",
             "»Wir wollen den Verkehr in der Altstadt halbieren«, sagte der Oberbürgermeister Martin Horn am Montag.",
             "„Die Geschäfte werden darunter leiden“, erklärte die Vorsitzende des Einzelhandelsverbands, Petra Kessler."],
         language="de", source="Badische Zeitung", url=U + "d08",
         published="2026-11-23T14:00:00+01:00",
         checks=[("spk", "Verkehr in der Altstadt halbieren", ["Martin Horn", "Oberbürgermeister Martin Horn"]),
                 ("spk", "Geschäfte werden darunter leiden", ["Petra Kessler", "Vorsitzende des Einzelhandelsverbands, Petra Kessler"])]),
    dict(title="Kiel: Fähre fällt wochenlang aus",
         paragraphs=[
             "Die Fähre zwischen Kiel und Laboe fährt bis Januar nicht.",
             "»Ein Ersatzteil fehlt«, sagte ein Sprecher der Reederei.",
             "»Wir bitten um Geduld«, teilte die Landrätin mit."],
         language="de", source="Kieler Nachrichten", url=U + "d09",
         published="2026-11-27T08:30:00+01:00",
         checks=[("spk", "Ersatzteil fehlt", ["Sprecher der Reederei"]),
                 ("spk", "Wir bitten um Geduld", ["Landrätin"])]),
    dict(title="Harbour Trust Names New Chair After Long Search",
         paragraphs=[
             "The Solent Harbour Trust has appointed Dr Imogen Faraday as its chair, ending a nine-month search.",
             "Faraday, a marine biologist, will take up the post in January.",
             "\"The harbour has to earn its keep and protect the estuary,\" Faraday told the Echo."],
         language="en", source="Daily Echo", url=U + "e10",
         published="2026-11-18T11:00:00+00:00",
         checks=[("ent", "Dr Imogen Faraday", ["PER", "NONE"]),
                 ("ent", "Imogen Faraday", ["PER"]),
                 ("ent", "Names New Chair After Long Search", ["NONE"]),
                 ("spk", "earn its keep", ["Imogen Faraday", "Faraday"]),
                 ("qline", "Faraday", "Imogen Faraday")]),
    dict(title="Tulle : la députée interpelle le ministre",
         paragraphs=[
             "La députée Sophie Tardieu a interpellé mardi le ministre de la Santé sur la fermeture de la maternité de Tulle.",
             "Les Tullistes se mobiliseront samedi devant l'hôpital.",
             "« On ne peut pas demander aux femmes de faire une heure de route », a-t-elle lancé dans l'hémicycle."],
         language="fr", source="La Montagne", url=U + "f11",
         published="2026-12-01T16:00:00+01:00",
         checks=[("ent", "Tullistes", ["MISC", "NONE"]),
                 ("ent", "Sophie Tardieu", ["PER"]),
                 ("spk", "une heure de route", ["Sophie Tardieu"])]),
]


def main() -> None:
    write_cases(HERE, CASES)


if __name__ == "__main__":
    main()
