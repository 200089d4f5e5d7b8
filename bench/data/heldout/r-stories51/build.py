#!/usr/bin/env python3
"""Write r-stories51's held-out set: wave1.jsonl, wave2.jsonl and gold.json (CC0, for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, story, of, wave, source, published, language, title, text)
A = [
    ("CN1", "CN-ALERTA", None, 1, "Diario de Las Palmas", "2026-11-18T08:10:00+00:00", "es",
     "Alerta naranja por lluvias y viento en Gran Canaria y Tenerife",
     "La Agencia Estatal de Meteorología (Aemet) ha activado la alerta naranja por lluvias "
     "intensas y rachas de viento de hasta 90 kilómetros por hora en Gran Canaria y Tenerife "
     "para este miércoles.\n\nEl Gobierno de Canarias ha suspendido las clases presenciales en "
     "los municipios del norte de ambas islas y pide a la población evitar los barrancos."),
    ("CN2", "CN-ALERTA", "CN1", 1, "Canarias Hoy", "2026-11-18T10:45:00+00:00", "es",
     "Canarias suspende las clases por la alerta de lluvias y viento",
     "Las islas de Gran Canaria y Tenerife amanecen en alerta por lluvias y viento. La Aemet "
     "prevé acumulados de 80 litros por metro cuadrado en doce horas en las medianías.\n\nEl "
     "Cabildo de Gran Canaria ha cerrado los accesos a la cumbre y los barrancos de Guiniguada."),
    ("TJ1", "TJ-ALERTA", None, 1, "El Vigía de Baja California", "2026-11-18T09:30:00-08:00",
     "es", "Alerta en Tijuana por lluvias y viento de Santa Ana",
     "Protección Civil de Tijuana emitió una alerta por lluvias y fuertes vientos para este "
     "miércoles, con rachas de hasta 80 kilómetros por hora en la zona costera y en Playas "
     "de Tijuana.\n\nEl ayuntamiento abrió cuatro albergues temporales y pide a la población "
     "no cruzar arroyos ni canalizaciones."),
    ("TJ2", "TJ-ALERTA", "TJ1", 1, "Frontera Noticias", "2026-11-18T13:15:00-08:00", "es",
     "Tijuana abre albergues por la alerta de lluvias y viento",
     "Ante la alerta por lluvias y viento en Tijuana, Protección Civil municipal abrió "
     "albergues en la colonia Sánchez Taboada y en la delegación La Presa.\n\nEl Servicio "
     "Meteorológico Nacional prevé lluvias fuertes en Baja California hasta el jueves."),
    ("QC1", "QC-CHILE", None, 1, "Pacific Quake Watch", "2026-11-18T04:20:00+00:00", "en",
     "Magnitude 6.4 earthquake shakes Antofagasta, northern Chile",
     "A magnitude 6.4 earthquake struck off Antofagasta in northern Chile early Wednesday, "
     "the national seismological centre said. Buildings swayed in the port city and power was "
     "cut in several districts.\n\nNo tsunami warning was issued and no casualties were "
     "reported."),
    ("QJ1", "QJ-JAPAN", None, 1, "Asia Wire Daily", "2026-11-18T06:05:00+00:00", "en",
     "Magnitude 6.1 earthquake shakes Miyagi, northern Japan",
     "A magnitude 6.1 earthquake struck off Miyagi prefecture in northern Japan on "
     "Wednesday, the Japan Meteorological Agency said. Buildings swayed in Sendai and "
     "bullet trains were halted.\n\nNo tsunami warning was issued and no casualties were "
     "reported."),
    ("FO1", "FO-GREVE", None, 1, "Le Phocéen", "2026-11-18T07:40:00+01:00", "fr",
     "Grève des dockers à Fos-sur-Mer : le terminal à conteneurs à l'arrêt",
     "Les dockers du Grand Port maritime de Marseille-Fos sont en grève depuis mardi soir à "
     "l'appel de la CGT, contre le projet de réforme des retraites portuaires. Le terminal à "
     "conteneurs de Fos-sur-Mer est à l'arrêt et une trentaine de navires attendent au "
     "large.\n\nLe secrétaire du syndicat, Régis Calvano, annonce un mouvement « reconductible »."),
    ("FO2", "FO-GREVE", "FO1", 1, "Provence Éco", "2026-11-18T11:20:00+01:00", "fr",
     "Port de Marseille-Fos : trente navires bloqués par la grève des dockers",
     "Trente navires sont bloqués au large de Fos-sur-Mer par la grève des dockers, entamée "
     "mardi. La direction du Grand Port maritime de Marseille-Fos évoque une perte de deux "
     "millions d'euros par jour.\n\nRégis Calvano, pour la CGT, réclame le retrait du projet."),
    ("FO3", "FO-GREVE", "FO1", 1, "Radio Calanques", "2026-11-18T16:05:00+01:00", "fr",
     "Fos-sur-Mer : la grève des dockers reconduite jeudi",
     "Réunis en assemblée générale mercredi après-midi, les dockers de Fos-sur-Mer ont voté la "
     "reconduction de la grève jeudi. Le Grand Port maritime de Marseille-Fos a saisi le "
     "préfet.\n\nRégis Calvano parle d'un vote « à l'unanimité moins trois voix »."),
    ("FO4", "FO-GREVE", "FO1", 2, "L'Opinion du Sud", "2026-11-18T19:30:00+01:00", "fr",
     "Tribune : ce que la colère des dockers dit de nos ports",
     "Analyse. Chaque conflit sur les quais rappelle la même fragilité : un pays qui dépend de "
     "ses importations confie ses portes d'entrée à quelques centaines de salariés. À "
     "Marseille-Fos comme ailleurs, la question n'est pas le statut des dockers mais "
     "l'absence de stratégie portuaire.\n\nRégis Calvano a raison sur un point : personne ne "
     "sait plus qui décide de l'avenir des ports français."),
    ("HV1", "HV-GREVE", None, 2, "Normandie Matin", "2026-11-19T08:00:00+01:00", "fr",
     "Grève des dockers au Havre : le port de Port 2000 paralysé",
     "Les dockers du Havre ont cessé le travail jeudi matin à Port 2000, à l'appel de "
     "l'intersyndicale locale, pour réclamer une prime de pénibilité. Une vingtaine de "
     "porte-conteneurs sont immobilisés.\n\nLe délégué Franck Morel (CFDT) parle d'une grève "
     "de vingt-quatre heures."),
    ("FO5", "FO-CONGRES", None, 2, "Le Phocéen", "2026-11-26T10:00:00+01:00", "fr",
     "Régis Calvano réélu à la tête du syndicat des dockers de Marseille-Fos",
     "Régis Calvano a été réélu mardi secrétaire général du syndicat CGT des dockers de "
     "Marseille-Fos, lors du congrès tenu à Martigues. Il a obtenu 91 % des voix des "
     "délégués.\n\nDans son discours, il a promis de « défendre les quais »."),
    ("CN3", "CN-ALERTA", "CN1", 2, "El Mirador Atlántico", "2026-11-18T18:00:00+00:00", "es",
     "Opinión: Canarias no puede seguir improvisando ante cada alerta",
     "Opinión. Otra vez los barrancos de Gran Canaria y Tenerife vuelven a ser noticia por "
     "una alerta que todos sabíamos que llegaría. El Gobierno de Canarias cierra colegios, el "
     "Cabildo de Gran Canaria cierra carreteras, y nadie pregunta por qué seguimos "
     "construyendo en los cauces.\n\nLa Aemet avisa; los políticos reaccionan tarde."),
]
HARD = [["CN-ALERTA", "TJ-ALERTA"], ["QC-CHILE", "QJ-JAPAN"], ["FO-GREVE", "HV-GREVE"],
        ["FO-GREVE", "FO-CONGRES"]]


def main() -> None:
    waves: dict[int, list[str]] = {1: [], 2: []}
    gold: dict = {"articles": {}, "hard_negative_pairs": HARD}
    for aid, story, of, wave, source, published, lang, title, text in A:
        url = f"https://example.org/r-stories51/{aid.lower()}"
        waves[wave].append(json.dumps({"id": aid, "title": title, "text": text,
                                       "published": published, "source": source, "url": url,
                                       "language": lang}, ensure_ascii=False))
        gold["articles"][aid] = {"story": story, "relation": "followup" if of else
                                 "independent", "of": of, "source": source, "url": url,
                                 "published": published, "title": title}
    for w, lines in waves.items():
        with open(os.path.join(HERE, f"wave{w}.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
