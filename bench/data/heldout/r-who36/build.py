#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the r-who36 held-out set (see README.md)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rw36/"

# Each case: article fields, then checks:
#   ("ent", surface, allowed labels)  every entity mention whose text is exactly `surface` has one
#        of these labels; "NONE" in the list means "no entity at all" is also right.
#   ("noent", words)  no entity's mention text contains `words` (a span glued past the name).
#   ("spk", snippet, accepted speakers)  the quote containing snippet; None = no speaker.
#   ("alias", query, name)  `veille entities --name query` lists the entity called `name`.
#   ("notname", query, name)  `veille entities --name query` does not list `name` (a match
#        inside a word), unless its output says it fell back to a substring match.
CASES = [
    dict(title="Island ferry fares to rise in spring",
         paragraphs=[
             "Ferrymaster Bartholomew Quarrington said the crossing to Inishcorran would cost two euro more from April.",
             "\"Diesel has doubled and the hull needs work,\" Quarrington said on the slipway.",
             "Grant Hollister, who runs the island shop, said islanders would pay in the end."],
         language="en", source="Connacht Sentinel", url=U + "e01",
         published="2026-11-20T10:00:00+00:00",
         checks=[("noent", "Ferrymaster"),
                 ("ent", "Bartholomew Quarrington", ["PER"]),
                 ("ent", "Grant Hollister", ["PER"]),
                 ("spk", "Diesel has doubled", ["Bartholomew Quarrington", "Quarrington"])]),
    dict(title="Orchard reopens after frost",
         paragraphs=[
             "Beekeeper Lavinia Strathmore called the frost \"the worst in forty years\" and said half of her hives were lost.",
             "Curator Desmond Achterberg, who looks after the museum's apple collection, said grafts had survived.",
             "\"We kept cuttings in the cold store,\" Achterberg said."],
         language="en", source="Hereford Times", url=U + "e02",
         published="2026-11-22T09:00:00+00:00",
         checks=[("noent", "Beekeeper"), ("noent", "Curator"),
                 ("ent", "Lavinia Strathmore", ["PER"]),
                 ("ent", "Desmond Achterberg", ["PER"]),
                 ("spk", "the worst in forty years", ["Lavinia Strathmore"]),
                 ("spk", "kept cuttings in the cold store", ["Desmond Achterberg", "Achterberg"])]),
    dict(title="Road agency closes mountain pass",
         paragraphs=[
             "The Arizona Department of Transportation (ADOT) closed the pass north of Flagstaff on Sunday.",
             "ADOT said crews would clear the road by Tuesday.",
             "The Appalachian Regional Commission paid for the snowploughs, and a camera loaned by the International Space Station (ISS) programme watched the storm."],
         language="en", source="Arizona Daily Sun", url=U + "e03",
         published="2026-11-29T18:00:00-07:00",
         checks=[("alias", "ADOT", "Arizona Department of Transportation"),
                 ("notname", "ISS", "Appalachian Regional Commission")]),
    dict(title="Drainage works in Kowloon",
         paragraphs=[
             "The Drainage Services Department (DSD) will dig up Nathan Road for six weeks from Monday.",
             "Shops in Admiralty and Wan Chai will not be affected, the DSD said."],
         language="en", source="Harbour Post", url=U + "e04",
         published="2026-11-30T08:00:00+08:00",
         checks=[("alias", "DSD", "Drainage Services Department"),
                 ("ent", "Admiralty", ["LOC", "NONE"])]),
    dict(title="Union backs hospital strike",
         paragraphs=[
             "The American Society of Composers, Authors and Publishers (ASCAP) sued the bar in Mission District, a neighbourhood of San Francisco.",
             "Leaders of Co Kerry's farm groups met in Tralee."],
         language="en", source="Bay Chronicle", url=U + "e05",
         published="2026-11-28T12:00:00-08:00",
         checks=[("ent", "American Society of Composers", ["NONE"]),
                 ("ent", "Mission District", ["LOC"]),
                 ("ent", "Co Kerry", ["LOC"])]),
    dict(title="Aurillac : la foire de la Saint-Géraud aura bien lieu",
         paragraphs=[
             "La foire de la Saint-Géraud se tiendra le 13 octobre sur le foirail, a confirmé la mairie d'Aurillac.",
             "L'association Familles Rurales tiendra un stand. Les Navettes de Noël reprendront en décembre."],
         language="fr", source="La Montagne", url=U + "f06",
         published="2026-10-01T10:00:00+02:00",
         checks=[("ent", "Saint-Géraud", ["MISC", "NONE"]),
                 ("ent", "Familles Rurales", ["ORG", "NONE"]),
                 ("ent", "Navettes de Noël", ["NONE"])]),
    dict(title="Brest : l'université ferme un bâtiment",
         paragraphs=[
             "L'université de Bretagne occidentale a fermé le bâtiment B après la découverte d'amiante.",
             "« Aucun étudiant n'a été exposé », a-t-elle assuré dans un communiqué."],
         language="fr", source="Le Télégramme", url=U + "f07",
         published="2026-11-21T11:00:00+01:00",
         checks=[("spk", "Aucun étudiant", [None, "université de Bretagne occidentale", "L'université de Bretagne occidentale"])]),
    dict(title="Gap : la coopérative laitière augmente ses prix",
         paragraphs=[
             "Le maire de Gap, Roger Didier, s'est rendu mardi à la laiterie.",
             "L'organisation des producteurs, elle, réclame un prix plancher.",
             "« Nous perdons de l'argent sur chaque litre », a-t-elle expliqué."],
         language="fr", source="Le Dauphiné libéré", url=U + "f08",
         published="2026-11-24T15:00:00+01:00",
         checks=[("spk", "perdons de l'argent", [None, "organisation des producteurs", "L'organisation des producteurs"])]),
    dict(title="Lüneburg: Kreis schließt Hallenbad",
         paragraphs=[
             "Der Landkreis Lüneburg schließt das Hallenbad in Bleckede zum Jahresende.",
             "„Die Energiekosten sind nicht mehr zu tragen“, sagte der Kreisrat am Dienstag.",
             "Die Bürgermeisterin erklärte: „Wir suchen einen privaten Betreiber.“"],
         language="de", source="Landeszeitung", url=U + "d09",
         published="2026-11-24T17:00:00+01:00",
         checks=[("ent", "Die Bürgermeisterin", ["NONE"]),
                 ("spk", "Energiekosten sind nicht", ["Kreisrat", "der Kreisrat"]),
                 ("spk", "privaten Betreiber", ["Bürgermeisterin", "die Bürgermeisterin"])]),
    dict(title="Passau: Stadt sperrt Innbrücke",
         paragraphs=[
             "Der Oberbürgermeister sagte am Montag: „Die Brücke ist nicht mehr sicher.“",
             "Die Polizei leitet den Verkehr um."],
         language="de", source="Passauer Neue Presse", url=U + "d10",
         published="2026-11-23T12:00:00+01:00",
         checks=[("spk", "Brücke ist nicht mehr sicher", ["Oberbürgermeister", "der Oberbürgermeister"]),
                 ("ent", "Der Oberbürgermeister", ["NONE"])]),
    dict(title="Library hours cut",
         paragraphs=[
             "Archivist Henrietta Vandermeer warned that the reading room would open only three days a week.",
             "Caretaker Ignatius Polworth called the heating \"older than the building\" and asked for a new boiler.",
             "Rose Abernethy, a reader, said she would write to the council."],
         language="en", source="Cornish Guardian", url=U + "e11",
         published="2026-11-26T10:00:00+00:00",
         checks=[("noent", "Archivist"), ("noent", "Caretaker"),
                 ("ent", "Henrietta Vandermeer", ["PER"]),
                 ("ent", "Ignatius Polworth", ["PER"]),
                 ("ent", "Rose Abernethy", ["PER"]),
                 ("spk", "older than the building", ["Ignatius Polworth"])]),
]


def main() -> None:
    write_cases(HERE, CASES)


if __name__ == "__main__":
    main()
