"""Writes captures/*.txt: invented text captures wrapped by textwrap (which breaks after a
hyphen, as fmt does), each at the width in 60-76 that splits the most hyphenated words."""
import re
import textwrap

CAPS = {
    "c1-saint-germain.txt": ("Le Courrier des Yvelines", "Saint-Germain-en-Laye : la piscine fermée jusqu'en mars", [
        "La piscine intercommunale de Saint-Germain-en-Laye restera fermée jusqu'au mois de mars, a annoncé mercredi la communauté d'agglomération, après la découverte de fissures dans le bassin principal.",
        "« Nous ne prendrons aucun risque avec la sécurité des nageurs de Saint-Germain-en-Laye et du Pecq », a déclaré le vice-président chargé des équipements sportifs, Laurent Maréchal.",
        "Les clubs de natation seront accueillis à la piscine de Conflans-Sainte-Honorine et à celle de Maisons-Laffitte, selon un planning publié sur le site de l'agglomération."],
        "Par Claire Vasseur"),
    "c2-aix.txt": ("La Provence", "Aix-en-Provence : un marché de Noël plus petit cette année", [
        "Le marché de Noël du cours Mirabeau ouvrira vendredi avec quarante chalets, contre soixante l'an dernier, ont indiqué les organisateurs. La mairie d'Aix-en-Provence invoque la hausse des coûts de sécurité.",
        "« C'est un crève-cœur pour les artisans, mais le rendez-vous est maintenu », a expliqué l'adjointe au commerce, Sophie Jouve-Granier, lors d'une conférence de presse à l'hôtel de ville.",
        "- Horaires : de 10 heures à 20 heures, du lundi au dimanche",
        "- Accès : navettes gratuites depuis le parking Krypton"],
        "Par Nicolas Ferrand"),
    "c3-orly.txt": ("Le Parisien", "Transports : la ligne 14 prolongée jusqu'à l'aéroport d'Orly", [
        "Île-de-France Mobilités a confirmé lundi la mise en service complète de la ligne 14 entre Saint-Denis-Pleyel et l'aéroport d'Orly, au terme de sept ans de travaux. Les voyageurs de Villeneuve-Saint-Georges et de Choisy-le-Roi gagneront une vingtaine de minutes.",
        "« C'est un tournant pour le sud-est francilien », a salué la présidente de la région, dans un communiqué publié en fin de matinée.",
        "Le trajet Châtelet - Orly prendra désormais vingt-cinq minutes - contre quarante-cinq en RER B et Orlyval."],
        "Par Hugo Lemaire"),
    "c4-lens.txt": ("La Voix du Nord", "Football : Lens s'impose à Boulogne-sur-Mer en Coupe de France", [
        "Le RC Lens s'est qualifié samedi pour les seizièmes de finale de la Coupe de France en battant l'US Boulogne-sur-Mer (2-0), devant 9 000 spectateurs au stade de la Libération.",
        "« On savait que ce serait un match piège, à Boulogne-sur-Mer comme partout ailleurs », a reconnu l'entraîneur lensois après la rencontre, évoquant un « après-midi compliqué ».",
        "Les supporters venus d'Hénin-Beaumont et de Liévin ont fait le déplacement en car."],
        "Par Thomas Vandamme"),
}
HYPHEN_END = re.compile(r"[^\W\d_]-$")


def lines(paras: list[str], width: int) -> list[str]:
    out: list[str] = []
    for p in paras:
        out.extend("   " + line for line in textwrap.wrap(p, width=width, break_on_hyphens=True))
        out.append("")
    return out


for name, (chrome, title, paras, by) in CAPS.items():
    best = max(range(60, 77), key=lambda w: sum(bool(HYPHEN_END.search(x)) for x in lines(paras, w)))
    out = [chrome, "Rechercher", "", title, "", "   " + by, "   Le 2 décembre 2026 à 10h05", ""]
    out += lines(paras, best)
    out.append(chrome + " - Mentions légales - Cookies")
    with open("captures/" + name, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(name, best)
