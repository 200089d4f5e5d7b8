"""Score veille on the h-speakers66 held-out captures (CC0, written for veille, December 2026).

Usage: ``python score.py VEILLE_COMMAND``. Fourteen captures (Portuguese, Spanish, Italian,
German, English, French) are ingested into one fresh data directory and enriched; each
article's ``show --json`` is checked (harness bench/lib/quote_cases.py):

- "<verb> the minister of <PORTFOLIO> <NAME>" / "<Portfolio>minister <NAME>" / "<Portfolio>
  Secretary <NAME>": the speaker and the person is NAME, the portfolio is no part of a name;
- "<verb> the president of the <BODY> <NAME>" with an unknown given name: NAME is the person,
  "<BODY> NAME" no entity, while "Fondazione <given> <surname>" stays no person;
- "<verb> to <OUTLET> <NAME>": the speaker is NAME, the outlet is no part of it;
- known agencies and papers outside France (Efe, Europa Press, ANSA, Lusa, RTP, dpa, MDR,
  Reuters, BBC, El País, La Repubblica) are never speakers nor persons;
- Spanish "ha comunicado <SUBJECT>": SUBJECT is the speaker.

Prints one line per check, then ``total passed/checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "p1-pt-portfolio": {
        "quotes": {"mais enfermeiros": ["Filipa Norberto"],
                   "nenhum imposto": ["Rui Valadares"]},
        "person": ["Filipa Norberto", "Rui Valadares"],
        "notentity": ["Saúde Filipa Norberto", "Finanças Rui Valadares"]},
    "s1-es-portfolio": {
        "quotes": {"antes de Navidad": ["Lorena Castaño"],
                   "escuela rural": ["Jordi Puigverd"]},
        "person": ["Lorena Castaño", "Jordi Puigverd"],
        "notentity": ["Vivienda Lorena Castaño", "Educación Jordi Puigverd"]},
    "i1-it-portfolio": {
        "quotes": {"cuneo fiscale scenderà": ["Giancarlo Ferrandi"],
                   "assunzioni dei giovani": ["Marta Colombari"]},
        "person": ["Giancarlo Ferrandi", "Marta Colombari"],
        "notentity": ["Economia Giancarlo Ferrandi", "Lavoro Marta Colombari"]},
    "d1-de-portfolio": {
        "quotes": {"verdoppeln": ["Karin Westphal"],
                   "pünktlicher": ["Holger Brandtner"]},
        "person": ["Karin Westphal", "Holger Brandtner"],
        "notentity": ["Bildungsministerin Karin Westphal", "Verkehrsminister Holger Brandtner"]},
    "e1-en-portfolio": {
        "quotes": {"extra beds": ["Daniel Whitcombe"],
                   "rural bus": ["Priya Raman"]},
        "person": ["Daniel Whitcombe", "Priya Raman"],
        "notentity": ["Health Secretary Daniel Whitcombe", "Transport Secretary Priya Raman"]},
    "i2-it-body": {
        "quotes": {"cantieri partiranno": ["Rossella Taddei"],
                   "aiuto allo Stato": ["Ettore Garbini"]},
        "person": ["Rossella Taddei", "Ettore Garbini"],
        "notentity": ["Provincia Rossella Taddei", "Regione Ettore Garbini"],
        "notperson": ["Fondazione Lorenzo Battaglini"]},
    "f1-fr-outlet": {
        "quotes": {"Tout est à refaire": ["Gwenaël Kerhervé"],
                   "mer pareille": ["Martine Lafargue"]},
        "person": ["Gwenaël Kerhervé", "Martine Lafargue"],
        "outlet": {"Tout est à refaire": "telegramme", "mer pareille": "sud ouest"}},
    "s2-es-outlet": {
        "quotes": {"fruta de todo": ["Marisa Lacasa"],
                   "ni la mitad": ["Ramiro Gascón"]},
        "person": ["Marisa Lacasa", "Ramiro Gascón"],
        "outlet": {"fruta de todo": "heraldo", "ni la mitad": "efe"}},
    "o1-es-efe": {
        "quotes": {"fuego está controlado": ["Andrés Molina"]},
        "outlet": {"fuego está controlado": "europa press", "Reabriremos": "efe"},
        "notperson": ["El País"]},
    "o2-it-ansa": {
        "quotes": {"dodici famiglie": ["Paolo Sarti"],
                   "danno è enorme": ["Gianni Pucci"]},
        "outlet": {"dodici famiglie": "ansa", "danno è enorme": "repubblica"}},
    "o3-pt-lusa": {
        "quotes": {"chuva continua": ["Nuno Carvalhal"],
                   "atravessem as pontes": ["Teresa Vidigal"]},
        "outlet": {"chuva continua": "lusa", "atravessem as pontes": "rtp"}},
    "o4-en-agencies": {
        "quotes": {"contract is signed": ["Mark Dobson"]},
        "outlet": {"contract is signed": "reuters", "travel to the port": "bbc"}},
    "o5-de-dpa": {
        "quotes": {"Sandsäcke": ["Tobias Hennig"],
                   "Pflegeheime": ["Anja Wendler"]},
        "outlet": {"Sandsäcke": "dpa", "Pflegeheime": "mdr"}},
    "s3-es-comunicado": {
        "group": {"fase de alerta": "mancomunidad"},
        "quotes": {"dos semanas": ["Vicent Aliaga"]}},
    "p2-pt-longportfolio": {
        "quotes": {"duzentos agentes": ["Leonor Brandão"],
                   "abrir ao sábado": ["Duarte Meireles"],
                   "dois por cento": ["Patrícia Quintela"]},
        "person": ["Leonor Brandão", "Duarte Meireles", "Patrícia Quintela"],
        "notentity": ["Administração Interna Leonor Brandão",
                      "Negócios Estrangeiros Duarte Meireles", "Habitação Patrícia Quintela"]},
    "s4-es-longportfolio": {
        "quotes": {"todo el año": ["Elena Marcos"], "pastoreo": ["Tomás Ibarra"],
                   "frontera sur": ["Gonzalo Arrieta"]},
        "person": ["Elena Marcos", "Tomás Ibarra", "Gonzalo Arrieta"],
        "notentity": ["Transición Ecológica Elena Marcos", "Medio Ambiente Tomás Ibarra"]},
    "i3-it-longportfolio": {
        "quotes": {"corridoio umanitario": ["Carlo Vannucci"],
                   "mille infermieri": ["Serena Bartolini"],
                   "restano aperte": ["Fabrizio Martorelli"]},
        "person": ["Carlo Vannucci", "Serena Bartolini", "Fabrizio Martorelli"],
        "notentity": ["Affari Esteri Carlo Vannucci", "Sanità Serena Bartolini"]},
    "d2-de-longportfolio": {
        "quotes": {"Knotenpunkte": ["Petra Kolbe"], "kalten Klassenzimmer": ["Dorothee Lindner"],
                   "nach Plan": ["Bernd Ostermann"]},
        "person": ["Petra Kolbe", "Dorothee Lindner", "Bernd Ostermann"]},
    "e2-en-longportfolio": {
        "quotes": {"queues build up": ["Rachel Dunmore"], "embassies": ["James Latham"],
                   "Schools will stay open": ["Roisin Farrell"]},
        "person": ["Rachel Dunmore", "James Latham", "Roisin Farrell"]},
    "f2-fr-outlet": {
        "quotes": {"trois mille euros": ["Loïc Tanguy"], "embarquer": ["Maëlle Guillou"]},
        "person": ["Loïc Tanguy", "Maëlle Guillou"],
        "outlet": {"trois mille euros": "france bleu", "embarquer": "ouest-france"}},
    "s5-it-es-outlet": {
        "quotes": {"al ribasso": ["Massimo Ceccarini"], "in rada": ["Valeria Bracci"]},
        "person": ["Massimo Ceccarini", "Valeria Bracci"],
        "outlet": {"al ribasso": "tirreno", "in rada": "ansa"}},
}



if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)
