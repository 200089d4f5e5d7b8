"""r-stories54's held-out articles (CC0, written for veille): see README.md.

(key, language, source, url, published, title, paragraphs).
"""

CASES = [
    # D: stabbings in districts of cities the gazetteer may not hold as places
    ("D1", "en", "Mersey Evening Star", "https://example.org/rs54/d1",
     "2026-11-28T09:10:00+00:00",
     "Teenager fighting for life after stabbing in Toxteth",
     ["A 16-year-old boy is in a critical condition after he was stabbed in the Toxteth area "
      "of Liverpool late on Friday, police said.",
      "Officers were called to a street off Princes Road shortly before 11pm. A cordon was "
      "still in place on Saturday morning and detectives asked residents to check doorbell "
      "cameras.",
      "No arrests have been made. Anyone with information is asked to call police."]),
    ("D2", "en", "Midland Gazette Online", "https://example.org/rs54/d2",
     "2026-11-28T08:40:00+00:00",
     "Man stabbed outside corner shop in Sparkbrook, Birmingham",
     ["A 24-year-old man was stabbed outside a corner shop in Sparkbrook, Birmingham, late "
      "on Friday night.",
      "Police said the victim was taken to hospital with injuries that are not thought to "
      "be life-threatening. Two men were arrested nearby and remain in custody.",
      "Officers will carry out extra patrols in the area over the weekend."]),
    ("D3", "en", "Northwest Bulletin", "https://example.org/rs54/d3",
     "2026-11-28T11:25:00+00:00",
     "Boy, 16, stabbed in Toxteth: police appeal for witnesses",
     ["Detectives are appealing for witnesses after a 16-year-old boy was stabbed in "
      "Toxteth, Liverpool, late on Friday night.",
      "The boy was found with stab wounds in a street off Princes Road and remains in a "
      "critical condition in hospital. A cordon stayed in place overnight.",
      "Police said they were keen to trace a group of young men seen running from the "
      "scene."]),
    ("D4", "en", "Pennine Press", "https://example.org/rs54/d4",
     "2026-11-28T10:05:00+00:00",
     "Two arrested after man stabbed in Chapeltown",
     ["Two men have been arrested after a 31-year-old man was stabbed in the Chapeltown "
      "district of Leeds in the early hours of Saturday, police said.",
      "The victim was taken to hospital with serious injuries. A cordon was put in place "
      "while forensic officers examined the scene.",
      "Police asked anyone with doorbell or dashcam footage to come forward."]),
    # M: one minister at two events of different kinds in one country
    ("M1", "en", "East Midlands Herald", "https://example.org/rs54/m1",
     "2026-11-30T10:30:00+00:00",
     "Transport secretary Daniel Okafor opens new railway station in Derby",
     ["Transport secretary Daniel Okafor on Monday officially opened Pride Park station in "
      "Derby, the first new railway station in the county for a decade.",
      "Okafor cut a ribbon on the platform before riding the first service to Nottingham. "
      "The station cost 38 million pounds and will be served by four trains an hour.",
      "Local councillors said the station would ease traffic around the stadium on match "
      "days."]),
    ("M2", "en", "National Rail Review", "https://example.org/rs54/m2",
     "2026-11-30T13:15:00+00:00",
     "Train drivers walk out after talks with Daniel Okafor collapse",
     ["Train drivers at six operators began a 24-hour strike on Monday after talks on pay "
      "between their union and transport secretary Daniel Okafor broke down.",
      "Picket lines formed outside depots at dawn and most services were cancelled. The "
      "union said further walkouts would follow in December unless a new offer was made.",
      "Okafor said the offer on the table was fair and urged drivers to accept it."]),
    ("M3", "en", "Derby Today", "https://example.org/rs54/m3",
     "2026-11-30T15:40:00+00:00",
     "First passengers board trains at Derby's new Pride Park station",
     ["The first passengers boarded trains at Pride Park station in Derby on Monday, hours "
      "after transport secretary Daniel Okafor opened the 38-million-pound station.",
      "Commuters said the new stop would cut their journeys into the city centre. Four "
      "trains an hour will call there from Tuesday."]),
    ("M4", "en", "Anglia Daily", "https://example.org/rs54/m4",
     "2026-12-01T10:00:00+00:00",
     "Health secretary Helen Marsh visits Norwich hospital's new emergency department",
     ["Health secretary Helen Marsh visited the Norfolk and Norwich University Hospital on "
      "Tuesday and toured its new emergency department.",
      "Marsh met nurses and paramedics and praised the hospital for cutting waiting times. "
      "The department has 60 cubicles and a children's area."]),
    ("M5", "en", "Clinical Times", "https://example.org/rs54/m5",
     "2026-12-01T14:20:00+00:00",
     "Junior doctors strike as pay talks with Helen Marsh stall",
     ["Junior doctors in England began a 48-hour strike on Tuesday after pay talks with "
      "health secretary Helen Marsh stalled.",
      "Hospitals postponed thousands of planned operations. Picket lines formed outside "
      "hospitals from early morning, and the union said more strike dates would be "
      "announced."]),
    # T: one agency dispatch run by three outlets at the same minute
    ("T1", "fr", "Le Veilleur de l'Ouest", "https://example.org/rs54/t1",
     "2026-12-02T21:04:00+01:00",
     "Un éboulement coupe la route nationale près de Modane",
     ["Un éboulement a coupé mercredi soir la route nationale 6 entre Modane et Fourneaux, "
      "en Savoie, a-t-on appris auprès de la préfecture (avec AFP).",
      "Aucun véhicule n'a été touché. Une déviation a été mise en place et des géologues "
      "doivent inspecter la paroi jeudi matin."]),
    ("T2", "fr", "La Gazette des Alpes", "https://example.org/rs54/t2",
     "2026-12-02T21:04:00+01:00",
     "Un éboulement coupe la route nationale près de Modane",
     ["Un éboulement a coupé mercredi soir la route nationale 6 entre Modane et Fourneaux, "
      "en Savoie, a-t-on appris auprès de la préfecture (avec AFP).",
      "Aucun véhicule n'a été touché. Une déviation a été mise en place et des géologues "
      "doivent inspecter la paroi jeudi matin."]),
    ("T3", "fr", "Actu Savoie", "https://example.org/rs54/t3",
     "2026-12-02T21:04:00+01:00",
     "Savoie : un éboulement coupe la route nationale près de Modane",
     ["Un éboulement a coupé mercredi soir la route nationale 6 entre Modane et Fourneaux, "
      "en Savoie, a-t-on appris auprès de la préfecture (avec AFP).",
      "Aucun véhicule n'a été touché. Une déviation a été mise en place et des géologues "
      "doivent inspecter la paroi jeudi matin."]),
]

KEYS = [c[0] for c in CASES]
ORDERS = {
    "forward": KEYS,
    "reverse": KEYS[::-1],
    "shuffled": ["T2", "M5", "D3", "T3", "M3", "D2", "M1", "D4", "T1", "M4", "D1", "M2"],
}
"""Three arrival orders; the T dispatch arrives T1 T2 T3, T3 T2 T1, and T2 T3 T1."""

SAME = [("D1", "D3"), ("M1", "M3"), ("T1", "T2"), ("T2", "T3")]
APART = [("D1", "D2"), ("D2", "D3"), ("D4", "D1"), ("D4", "D2"),
         ("M1", "M2"), ("M3", "M2"), ("M4", "M5")]
TIED = ["T1", "T2", "T3"]
"""The three outlets of one dispatch at one minute: the story of T says its first
publication is shared (first_tied), and names the same first source in every order."""
