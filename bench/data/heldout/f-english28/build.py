"""f-english28 held-out set: English news paragraphs (Reuters/AP style) with gold
PER/ORG/LOC, written by f-english28 on 2026-12-03 before running veille on them.

People are invented or public figures in plausible roles; the events are invented.
``python3 build.py`` writes ``articles.jsonl`` (veille JSON Lines records) and
``gold.json`` (per url: PER, ORG, LOC lists; "A|B" accepts either surface).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

ITEMS: list[tuple[str, str, dict[str, list[str]]]] = [
    ("Germany's economy minister, Katherina Reiche, said on Monday that Berlin would not "
     "block the merger, but the Federal Cartel Office in Bonn has yet to rule. Shares in "
     "Uniper rose 4% in Frankfurt.",
     "Reiche backs merger",
     {"PER": ["Katherina Reiche"], "ORG": ["Federal Cartel Office", "Uniper"],
      "LOC": ["Germany", "Berlin", "Bonn", "Frankfurt"]}),
    ("Gunmen killed at least 12 villagers in Mokwa, a farming town in Niger State, police "
     "spokesman Wasiu Abiodun told reporters on Sunday. The Nigerian Red Cross said "
     "dozens of families had fled to Kontagora.",
     "Gunmen kill villagers in Nigeria",
     {"PER": ["Wasiu Abiodun"], "ORG": ["Nigerian Red Cross"],
      "LOC": ["Mokwa", "Niger State", "Kontagora"]}),
    ("The International Crisis Group warned in a report that fighting around Goma could "
     "spread to Bukavu. Its Great Lakes director, Onesphore Sematumba, said the M23 "
     "rebels now controlled the main road to Rutshuru.",
     "Crisis Group warns on Congo",
     {"PER": ["Onesphore Sematumba"], "ORG": ["International Crisis Group", "M23"],
      "LOC": ["Goma", "Bukavu", "Rutshuru"]}),
    ("Spain's deputy prime minister, Yolanda Díaz, met union leaders in Madrid on "
     "Thursday. Comisiones Obreras and the General Union of Workers have called a strike "
     "for next week in Valladolid and Zaragoza.",
     "Díaz meets unions",
     {"PER": ["Yolanda Díaz"], "ORG": ["Comisiones Obreras", "General Union of Workers"],
      "LOC": ["Spain", "Madrid", "Valladolid", "Zaragoza"]}),
    ("A drone struck an oil depot in Novorossiysk overnight, the regional governor, "
     "Veniamin Kondratyev, wrote on Telegram. The Russian Defence Ministry said air "
     "defences had downed 40 drones over the Krasnodar region.",
     "Drone hits Russian oil depot",
     {"PER": ["Veniamin Kondratyev"], "ORG": ["Telegram", "Russian Defence Ministry"],
      "LOC": ["Novorossiysk", "Krasnodar region|Krasnodar"]}),
    ("Researchers at the Karolinska Institute in Stockholm found that the drug cut the "
     "risk of relapse by a third, according to a study published in The Lancet. Lead "
     "author Björn Åkesson said larger trials were needed.",
     "Swedish study on relapse",
     {"PER": ["Björn Åkesson"], "ORG": ["Karolinska Institute", "The Lancet|Lancet"],
      "LOC": ["Stockholm"]}),
    ("The Committee to Protect Journalists called for the release of reporter Aziz "
     "Al-Mansouri, who was detained at a checkpoint near Tulkarem last month. Israel's "
     "military said it was reviewing the case.",
     "CPJ urges release of reporter",
     {"PER": ["Aziz Al-Mansouri"], "ORG": ["Committee to Protect Journalists"],
      "LOC": ["Tulkarem", "Israel"]}),
    ("Floods in the Emilia-Romagna region forced 3,000 people from their homes, the Civil "
     "Protection Department said. Mayor Matteo Lepore of Bologna asked Rome for "
     "emergency funds as the Reno river burst its banks near Casalecchio.",
     "Floods hit northern Italy",
     {"PER": ["Matteo Lepore"], "ORG": ["Civil Protection Department"],
      "LOC": ["Emilia-Romagna", "Bologna", "Rome", "Reno", "Casalecchio"]}),
    ("Ukraine's foreign minister, Andrii Sybiha, told the Organization for Security and "
     "Co-operation in Europe that talks in Geneva had stalled. The Kremlin spokesman, "
     "Dmitry Peskov, said Moscow remained open to dialogue.",
     "Sybiha says talks stalled",
     {"PER": ["Andrii Sybiha", "Dmitry Peskov"],
      "ORG": ["Organization for Security and Co-operation in Europe", "Kremlin"],
      "LOC": ["Ukraine", "Geneva", "Moscow"]}),
    ("The Brookings Institution and the Center for Strategic and International Studies "
     "both said the tariffs would hurt farmers in Iowa. Analyst Meredith Crowley, of "
     "the University of Cambridge, said exporters would look to Brazil.",
     "Think tanks criticise tariffs",
     {"PER": ["Meredith Crowley"],
      "ORG": ["Brookings Institution", "Center for Strategic and International Studies",
              "University of Cambridge"],
      "LOC": ["Iowa", "Brazil"]}),
    ("An earthquake of magnitude 6.1 struck off Hualien on Tuesday, the Central Weather "
     "Administration said. Taiwan Semiconductor Manufacturing Co briefly evacuated staff "
     "from its plants in Hsinchu, a company spokeswoman, Nina Kao, said.",
     "Quake off Taiwan",
     {"PER": ["Nina Kao"],
      "ORG": ["Central Weather Administration", "Taiwan Semiconductor Manufacturing Co"],
      "LOC": ["Hualien", "Hsinchu"]}),
    ("Houthi forces said they had targeted a vessel in the Red Sea off Hodeidah. The "
     "United Kingdom Maritime Trade Operations agency reported an explosion near the "
     "ship, and the Pentagon said the USS Harry S. Truman was in the area.",
     "Houthis claim attack on ship",
     {"PER": [], "ORG": ["Houthi|Houthis", "United Kingdom Maritime Trade Operations",
                         "Pentagon"],
      "LOC": ["Red Sea", "Hodeidah"]}),
    ("Chile's president, Gabriel Boric, visited Valparaíso on Friday after wildfires "
     "destroyed hundreds of homes in Viña del Mar. The National Forestry Corporation "
     "said 14 fires were still burning.",
     "Boric visits fire zone",
     {"PER": ["Gabriel Boric"], "ORG": ["National Forestry Corporation"],
      "LOC": ["Chile", "Valparaíso", "Viña del Mar"]}),
    ("Prosecutors in Antwerp charged three men over the seizure of 2 tonnes of cocaine, "
     "the Belgian Federal Prosecutor's Office said. Their lawyer, Sven Mary, said his "
     "clients would appeal. The drugs arrived from Guayaquil, Ecuador.",
     "Cocaine charges in Antwerp",
     {"PER": ["Sven Mary"], "ORG": ["Belgian Federal Prosecutor's Office|Federal Prosecutor's Office"],
      "LOC": ["Antwerp", "Guayaquil", "Ecuador"]}),
]


def main() -> None:
    """Write articles.jsonl and gold.json beside this file."""
    gold: dict[str, dict[str, list[str]]] = {}
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for i, (text, title, entities) in enumerate(ITEMS, 1):
            url = f"https://wire.example.com/world/2026/12/03/f-english28-{i:02d}"
            out.write(json.dumps({"url": url, "source": "Example Wire", "title": title,
                                  "published": "2026-12-03T12:00:00Z", "language": "en",
                                  "text": text}, ensure_ascii=False) + "\n")
            gold[url] = entities
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
