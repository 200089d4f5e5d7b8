"""h-bridge53's held-out articles (CC0, written for veille): see README.md.

(key, language, source, url, published, title, paragraphs).
"""

CASES = [
    # P: a city (Porto, Portugal) whose name sits inside another (Porto Alegre, Brazil)
    ("P1", "pt", "Diário do Douro", "https://example.org/hb53/p1", "2026-11-24T10:15:00+00:00",
     "Derrocada de muro obriga a retirar 40 moradores na Ribeira do Porto",
     ["Cerca de quarenta moradores tiveram de deixar as casas na madrugada de terça-feira "
      "depois da derrocada de um muro de suporte na Rua da Fonte Taurina, na Ribeira do "
      "Porto.",
      "Os Bombeiros Sapadores do Porto e a Proteção Civil municipal estiveram no local até de "
      "manhã. Não houve feridos, mas três prédios foram interditados por precaução.",
      "A Câmara Municipal do Porto garantiu alojamento temporário às famílias desalojadas."]),
    ("P2", "pt", "Correio Gaúcho", "https://example.org/hb53/p2", "2026-11-23T18:30:00-03:00",
     "Temporal deixa 600 famílias desalojadas em Porto Alegre",
     ["O temporal que atingiu Porto Alegre na noite de segunda-feira (23) derrubou árvores, "
      "alagou ruas da Zona Norte e deixou cerca de 600 famílias desalojadas, segundo a Defesa "
      "Civil do Rio Grande do Sul.",
      "O Corpo de Bombeiros atendeu mais de cem chamados. A prefeitura abriu abrigos em "
      "escolas municipais e pediu aos moradores que evitem as áreas de risco.",
      "A previsão do Inmet é de mais chuva no estado até quinta-feira."]),
    ("P3", "pt", "Notícias do Norte", "https://example.org/hb53/p3", "2026-11-24T13:40:00+00:00",
     "Ribeira: famílias passam a noite fora de casa após queda de muro",
     ["As famílias retiradas de três prédios da Rua da Fonte Taurina, junto ao Douro, "
      "passaram a noite numa residencial paga pela autarquia, depois de um muro de suporte "
      "ter ruído na madrugada.",
      "Os engenheiros da Câmara do Porto avaliam esta tarde se os edifícios podem voltar a "
      "ser habitados. Os Sapadores mantêm uma equipa no local."]),
    # S: one town name in two countries (Mérida, Spain; Mérida, Mexico)
    ("S1", "es", "Diario de Extremadura Sur", "https://example.org/hb53/s1",
     "2026-11-25T09:00:00+01:00",
     "Un incendio calcina una nave de muebles en el polígono de Mérida",
     ["Un incendio declarado de madrugada calcinó una nave de almacenaje de muebles en el "
      "polígono industrial El Prado de Mérida, en la provincia de Badajoz.",
      "Los bomberos del consorcio provincial trabajaron durante cinco horas para sofocar "
      "las llamas. No hubo heridos, según la Junta de Extremadura."]),
    ("S2", "es", "El Heraldo Peninsular", "https://example.org/hb53/s2",
     "2026-11-25T08:00:00-06:00",
     "Incendio consume locales del mercado Lucas de Gálvez en Mérida",
     ["Un incendio consumió la madrugada de este miércoles una docena de locales del mercado "
      "Lucas de Gálvez, en el centro de Mérida, Yucatán.",
      "Bomberos de la Secretaría de Seguridad Pública del estado controlaron el fuego tras "
      "tres horas. Los locatarios calculan pérdidas de varios millones de pesos."]),
    ("S3", "es", "Guadiana Noticias", "https://example.org/hb53/s3", "2026-11-25T12:30:00+01:00",
     "El fuego de El Prado obliga a cortar la carretera de Badajoz durante la mañana",
     ["La columna de humo del incendio de la nave de muebles del polígono El Prado obligó a "
      "cortar durante tres horas la carretera de Badajoz a la salida de Mérida.",
      "El consorcio de bomberos de la Diputación de Badajoz da por extinguido el fuego y "
      "la Guardia Civil investiga las causas."]),
    # A: one actor in two events (a minister at a hospital opening, then at a strike)
    ("A1", "en", "Northern Courier", "https://example.org/hb53/a1", "2026-11-26T11:00:00+00:00",
     "Health secretary Ruth Adebayo opens new children's hospital wing in Leeds",
     ["Health secretary Ruth Adebayo on Thursday opened a new 80-bed children's wing at "
      "Leeds General Infirmary, built at a cost of 120 million pounds.",
      "Adebayo toured the paediatric intensive care unit and met families and staff. The "
      "wing will take its first patients in January."]),
    ("A2", "en", "Western Daily Post", "https://example.org/hb53/a2", "2026-11-26T15:00:00+00:00",
     "Bristol nurses walk out as talks with Ruth Adebayo fail",
     ["Nurses at two Bristol hospitals began a 48-hour strike on Thursday after talks on "
      "pay between their union and health secretary Ruth Adebayo broke down.",
      "Picket lines formed outside Southmead Hospital at dawn. The union said planned "
      "operations would be postponed but emergency care would be covered."]),
    ("A3", "en", "Yorkshire Evening Wire", "https://example.org/hb53/a3",
     "2026-11-26T17:20:00+00:00",
     "First look inside the 80-bed paediatric wing at Leeds General Infirmary",
     ["The 80-bed children's wing at Leeds General Infirmary, opened on Thursday by Ruth "
      "Adebayo, includes a new paediatric intensive care unit and rooms where parents can "
      "stay overnight.",
      "Hospital managers said the 120-million-pound wing would take its first patients in "
      "January."]),
    # E: one event told as news, as an editorial, and as a follow-up
    ("E1", "fr", "Le Courrier de Cornouaille", "https://example.org/hb53/e1",
     "2026-11-27T08:30:00+01:00",
     "Crue de la Laïta : le centre de Quimperlé sous les eaux",
     ["La Laïta est sortie de son lit dans la nuit de jeudi à vendredi et a inondé la basse "
      "ville de Quimperlé. Une soixantaine d'habitants ont été évacués par les pompiers du "
      "Finistère.",
      "La préfecture a placé le département en vigilance rouge crues. Les écoles de la "
      "commune resteront fermées vendredi."]),
    ("E2", "fr", "Ouest Breizh Info", "https://example.org/hb53/e2", "2026-11-27T10:00:00+01:00",
     "Inondations à Quimperlé : soixante personnes évacuées, vigilance rouge",
     ["Soixante personnes ont été évacuées vendredi à Quimperlé, où la Laïta a débordé après "
      "des pluies continues depuis mardi, selon les pompiers du Finistère.",
      "Le maire de Quimperlé a ouvert la salle des fêtes pour accueillir les sinistrés. La "
      "vigilance rouge crues reste en vigueur jusqu'à samedi."]),
    ("E3", "fr", "La Tribune des Idées", "https://example.org/hb53/e3",
     "2026-11-28T07:00:00+01:00",
     "Éditorial. Quimperlé, ou le prix de l'imprévoyance",
     ["Les inondations qui ont noyé la basse ville de Quimperlé cette semaine n'ont rien "
      "d'une surprise. Depuis la crue de 2000, les riverains de la Laïta réclament des "
      "travaux que l'État a sans cesse reportés.",
      "La visite ministérielle annoncée ne remplacera pas une politique de prévention "
      "digne de ce nom. Les habitants attendent des digues, pas des discours."]),
    ("E4", "fr", "Le Journal du Dimanche Breton", "https://example.org/hb53/e4",
     "2026-11-28T11:00:00+01:00",
     "Inondations : la ministre de la Transition écologique attendue à Quimperlé dimanche",
     ["La ministre de la Transition écologique, Claire Morvan, se rendra dimanche à "
      "Quimperlé, la commune du Finistère la plus touchée par la crue de la Laïta, a "
      "annoncé son cabinet samedi.",
      "Elle doit rencontrer le maire et les habitants évacués, et annoncer la "
      "reconnaissance de l'état de catastrophe naturelle."]),
]

# Pairs that must share a story / must not, in every order.
SAME = [("P1", "P3"), ("S1", "S3"), ("A1", "A3"), ("E1", "E2"), ("E1", "E3"), ("E1", "E4")]
APART = [("P1", "P2"), ("P3", "P2"), ("S1", "S2"), ("S3", "S2"), ("A1", "A2"), ("A3", "A2")]

# Ingestion orders (each article its own `veille ingest`): bridges last, bridges first, mixed.
ORDERS = {
    "late": ["P1", "P2", "S1", "S2", "A1", "A2", "E1", "E2", "E3", "P3", "S3", "A3", "E4"],
    "early": ["E4", "A3", "S3", "P3", "E3", "E2", "E1", "A2", "A1", "S2", "S1", "P2", "P1"],
    "mixed": ["P2", "P3", "S2", "E3", "A2", "E4", "S3", "P1", "A3", "E1", "S1", "A1", "E2"],
}
