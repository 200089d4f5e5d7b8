"""f-english29 held-out set: English dispatches (Reuters/AP/BBC style) with gold
PER/ORG/LOC, written by f-english29 on 2026-12-04 before running veille on them.

Stress: second-reference descriptions of politicians ("the Texas Republican", "the Labour
MP", "the Scottish First Minister"), ships ("USS Gerald R. Ford", "HMS Prince of Wales"),
agencies, persons introduced with titles, and countries whose French exonym differs
(Italy/Italie, Taiwan/Taïwan, Germany/Allemagne, Spain/Espagne, Egypt/Égypte…).
People are public figures in plausible roles or invented; the events are invented.
``python3 build.py`` writes ``articles.jsonl`` (veille JSON Lines records, paragraphs
separated by blank lines) and ``gold.json`` (per url: PER, ORG, LOC lists; "A|B" accepts
either surface). A description ("the Texas Republican") is no gold name: a PER entity
made only of it is a false positive; merged into the person's entity it is harmless.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

ITEMS: list[tuple[str, str, dict[str, list[str]]]] = [
    ("Senator Ted Cruz, a Republican from Texas, said on Wednesday he would block the "
     "nominee until the Department of Energy released its report.\n\n"
     "\u201cThe American people deserve answers,\u201d the Texas Republican told reporters "
     "outside the Capitol.",
     "Cruz threatens to block energy nominee",
     {"PER": ["Ted Cruz"], "ORG": ["Department of Energy"], "LOC": ["Texas"]}),
    ("The Labour MP Dawn Butler called on the Home Office to review the case of a nurse "
     "deported to Nigeria last month.\n\n"
     "\u201cThis decision is cruel and it is wrong,\u201d the Labour MP said in the House "
     "of Commons.",
     "Labour MP urges review of deportation",
     {"PER": ["Dawn Butler"], "ORG": ["Home Office", "House of Commons", "Labour"],
      "LOC": ["Nigeria"]}),
    ("Scotland's First Minister, John Swinney, said on Monday the Scottish Government "
     "would fund 2,000 new homes in Glasgow and Dundee.\n\n"
     "The Scottish First Minister told the Scottish Parliament that the money would "
     "come from next year's budget.",
     "Swinney pledges homes",
     {"PER": ["John Swinney"], "ORG": ["Scottish Government", "Scottish Parliament"],
      "LOC": ["Scotland", "Glasgow", "Dundee"]}),
    ("The aircraft carrier USS Gerald R. Ford arrived in the eastern Mediterranean on "
     "Thursday, the Pentagon said. Defense Secretary Pete Hegseth said the deployment was "
     "meant to deter Iran.",
     "US carrier reaches Mediterranean",
     {"PER": ["Pete Hegseth"], "ORG": ["Pentagon"], "LOC": ["Mediterranean", "Iran"]}),
    ("HMS Prince of Wales left Portsmouth on Tuesday for a seven-month deployment to the "
     "Indo-Pacific, the Royal Navy said. Defence Secretary John Healey said the carrier "
     "would visit Japan and Australia.",
     "British carrier sails for Asia",
     {"PER": ["John Healey"], "ORG": ["Royal Navy"],
      "LOC": ["Portsmouth", "Indo-Pacific", "Japan", "Australia"]}),
    ("Italy's prime minister, Giorgia Meloni, met German Chancellor Friedrich Merz in Rome "
     "on Friday to discuss migration. Italy and Germany agreed to press the European "
     "Commission for new funds, Meloni's office said.",
     "Meloni and Merz meet in Rome",
     {"PER": ["Giorgia Meloni", "Friedrich Merz"], "ORG": ["European Commission"],
      "LOC": ["Italy", "Rome", "Germany"]}),
    ("Taiwan's defence ministry said it had tracked 24 Chinese military aircraft near the "
     "island on Sunday. President Lai Ching-te said Taiwan would not be intimidated.",
     "Taiwan tracks Chinese aircraft",
     {"PER": ["Lai Ching-te"], "ORG": [], "LOC": ["Taiwan"]}),
    ("Governor Gavin Newsom of California signed the water bill on Monday. The California "
     "Democrat said the law would protect farmers in the Central Valley from drought.",
     "Newsom signs water bill",
     {"PER": ["Gavin Newsom"], "ORG": [], "LOC": ["California", "Central Valley"]}),
    ("Senator Susan Collins of Maine and Senator Jeanne Shaheen of New Hampshire "
     "introduced the measure on Thursday. The Maine Republican said she expected support "
     "from both parties, while the New Hampshire Democrat called it overdue.",
     "Collins and Shaheen introduce measure",
     {"PER": ["Susan Collins", "Jeanne Shaheen"], "ORG": [],
      "LOC": ["Maine", "New Hampshire"]}),
    ("The World Health Organization said on Wednesday that a cholera outbreak in Sudan had "
     "spread to Egypt. Its director-general, Tedros Adhanom Ghebreyesus, urged donors to "
     "fund vaccines.",
     "WHO warns on cholera",
     {"PER": ["Tedros Adhanom Ghebreyesus"], "ORG": ["World Health Organization"],
      "LOC": ["Sudan", "Egypt"]}),
    ("Spain's Interior Ministry said 300 migrants had reached the Canary Islands on "
     "Saturday. Interior Minister Fernando Grande-Marlaska said Madrid would ask Brussels "
     "for help.",
     "Migrants reach Canaries",
     {"PER": ["Fernando Grande-Marlaska"], "ORG": ["Interior Ministry"],
      "LOC": ["Spain", "Canary Islands", "Madrid", "Brussels"]}),
    ("Conservative leader Kemi Badenoch attacked the budget in Parliament on Wednesday. "
     "The Tory leader said the tax rises would hurt small firms in England.",
     "Badenoch attacks budget",
     {"PER": ["Kemi Badenoch"], "ORG": ["Parliament", "Conservative"],
      "LOC": ["England"]}),
    ("The Federal Aviation Administration grounded all flights at Newark on Friday after a "
     "radar outage. Transportation Secretary Sean Duffy said the agency was working with "
     "United Airlines to rebook passengers.",
     "FAA grounds Newark flights",
     {"PER": ["Sean Duffy"], "ORG": ["Federal Aviation Administration", "United Airlines"],
      "LOC": ["Newark"]}),
    ("Representative Jim Jordan, Republican of Ohio, subpoenaed the Justice Department on "
     "Tuesday. The Ohio Republican said the documents would show political bias.",
     "Jordan subpoenas Justice Department",
     {"PER": ["Jim Jordan"], "ORG": ["Justice Department"], "LOC": ["Ohio"]}),
    ("The Chinese coast guard said it had expelled a Philippine vessel from waters near "
     "Scarborough Shoal. Manila said the BRP Teresa Magbanua had been on a routine patrol "
     "and summoned China's ambassador.",
     "Philippine vessel expelled",
     {"PER": [], "ORG": [], "LOC": ["Scarborough Shoal", "Manila", "China"]}),
    ("Mexico's president, Claudia Sheinbaum, said on Thursday her government would send "
     "10,000 troops to the border with the United States. The Mexican president spoke "
     "after talks with Secretary of State Marco Rubio.",
     "Sheinbaum sends troops",
     {"PER": ["Claudia Sheinbaum", "Marco Rubio"], "ORG": [],
      "LOC": ["Mexico", "United States"]}),
]


def main() -> None:
    """Write articles.jsonl and gold.json beside this file."""
    gold: dict[str, dict[str, list[str]]] = {}
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for i, (text, title, entities) in enumerate(ITEMS, 1):
            url = f"https://wire.example.com/world/2026/12/04/f-english29-{i:02d}"
            out.write(json.dumps({"url": url, "source": "Example Wire", "title": title,
                                  "published": "2026-12-04T12:00:00Z", "language": "en",
                                  "text": text}, ensure_ascii=False) + "\n")
            gold[url] = entities
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
