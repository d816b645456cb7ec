# language: sv
Egenskap: Innehåll och samplanering – vad planen omfattar och vem som planerar tillsammans
  Servicenämnden ska enligt Riktlinjer för IT och digitalisering (KF 2021-03-31
  § 100) ta fram en flerårig utvecklingsplan för kommungemensam IT, som är
  servicenämndens ansvar. Klassningen i gemensam, domänspecifik och lokal IT
  kommer från ett projekts arbetsdefinitioner 2018 och ger därför högst en
  varning. Stadskontorets bedömningar och en annan förvaltnings ansvar ger
  upplysningar, inte krav på den som skriver utkastet.

  Regel: MAL-S1-01 Utvecklingsplanen är flerårig: planperioden omfattar mer än ett år

    Scenariomall: Planperiodens längd
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planperioden är <från>–<till>
      När utkastet granskas
      Så <utfall> enligt regel "MAL-S1-01"

      Exempel:
        | från | till | utfall                                                  |
        | 2024 | 2024 | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | 2024 | 2025 | rapporteras ingen anmärkning                            |
        | 2024 | 2027 | rapporteras ingen anmärkning                            |
        | 2024 | 2029 | rapporteras ingen anmärkning                            |

  Regel: MAL-S1-03 Utvecklingsplanen anger sin planperiod

    Scenario: En plan utan planperiod
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar planperiod
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-S1-03"

    Scenario: En plan med planperiod
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S1-03"

  Regel: MAL-S1-02 Utvecklingsplanen redovisar hur förvaltningarnas behov har samlats in enligt samverkansmodellen

    Scenario: En plan utan behovsunderlag
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar behovsunderlag
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-S1-02"

    Scenario: En plan med behovsunderlag
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S1-02"

  Regel: MAL-S2-01 Satsningar inom informationshantering och IT-säkerhet samplaneras med stadskontoret och stadsarkivet

    Scenario: En IT-säkerhetspost utan stadsarkivet som samplaneringspart
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" samplaneras med "Stadskontoret"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-S2-01"
      Och anmärkningens källa är "bedömning, inte beslut"

    Scenario: En IT-säkerhetspost som samplaneras med båda
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" samplaneras med "Stadskontoret och Stadsarkivet"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S2-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-S3-01 En satsning på artificiell intelligens redovisar en bedömning av säkerhet och risker

    Scenario: En AI-satsning utan riskbedömning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Inför AI-stöd i övervakningen."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-S3-01"

    Scenario: En AI-satsning med riskbedömning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Inför AI-stöd i övervakningen."
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har riskbedömningen "Gjord april 2024."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S3-01"

  Regel: MAL-S4-01 Varje IT-post klassas som gemensam, domänspecifik eller lokal IT

    Scenario: En post utan IT-klass
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar IT-klass
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-S4-01"
      Och anmärkningens källa är "förslag, inte beslut"

    Scenariomall: En post med IT-klass
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har IT-klassen "<klass>"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S4-01"

      Exempel:
        | klass         |
        | gemensam      |
        | domänspecifik |
        | lokal         |

  Regel: MAL-S4-02 Begreppet systemförvaltning används inte längre; det ersätts med domänspecifik IT

    Scenario: En post som talar om systemförvaltning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Ny systemförvaltning för övervakningen."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-S4-02"
      Och rapporteras inga fel eller varningar

    Scenario: En post som talar om domänspecifik IT
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Ny domänspecifik IT för övervakningen."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S4-02"
      Och rapporteras inga fel eller varningar

  Regel: MAL-S4-03 Kommungemensam IT är servicenämndens ansvar; en annan nämnd beslutar inte om utveckling, förvaltning eller drift av gemensam IT

    Scenario: Kulturnämnden beslutar om driften av gemensam IT
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beslutande organet "Kulturnämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-S4-03"
      Och anmärkningen hänvisar till "KF 2021-03-31 § 100"

    Scenario: Kulturnämnden beslutar om sin egen tillämpning av gemensam IT
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har beslutande organet "Kulturnämnden"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S4-03"

    Scenario: Servicenämnden beslutar om gemensam IT
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S4-03"

  Regel: MAL-S5-01 En satsning inom informationshantering anger informationsägaren

    Scenario: En informationshanteringspost utan informationsägare
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har området "informationshantering"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-S5-01"

    Scenario: En informationshanteringspost med informationsägare
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har området "informationshantering"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har informationsägaren "Stadsarkivet"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S5-01"

  Regel: MAL-S6-01 Utvecklingsplanen anger forum för dialog med förvaltningarna

    Scenario: En plan utan dialogforum
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar dialogforum
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-S6-01"
      Och rapporteras inga fel eller varningar

    Scenario: En plan som anger IT- och digitaliseringsklustren
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-S6-01"
