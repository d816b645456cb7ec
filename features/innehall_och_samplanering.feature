# language: sv
Egenskap: Innehåll och samplanering – klassning av IT och vem som planerar tillsammans
  Varje IT-post klassas som gemensam, domänspecifik eller lokal IT. Satsningar
  inom informationshantering och IT-säkerhet samplaneras med stadskontoret och
  stadsarkivet.

  Regel: MAL-S2-01 Informationshantering och IT-säkerhet samplaneras med stadskontoret och stadsarkivet

    Scenario: En IT-säkerhetspost utan stadsarkivet som samplaneringspart får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" samplaneras med "Stadskontoret"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-S2-01"

    Scenario: En IT-säkerhetspost som samplaneras med båda godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" samplaneras med "Stadskontoret och Stadsarkivet"
      När utkastet granskas
      Så ger regel "MAL-S2-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-S4-01 Varje IT-post klassas som gemensam, domänspecifik eller lokal IT

    Scenario: En post utan IT-klass underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar IT-klass
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-S4-01"

    Scenariomall: En post med IT-klass godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har IT-klassen "<klass>"
      När utkastet granskas
      Så ger regel "MAL-S4-01" ingen anmärkning

      Exempel:
        | klass         |
        | gemensam      |
        | domänspecifik |
        | lokal         |

  Regel: MAL-S4-02 Begreppet systemförvaltning har ersatts med domänspecifik IT

    Scenario: En post som talar om systemförvaltning får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Ny systemförvaltning för övervakningen."
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-S4-02"

    Scenario: En post som talar om domänspecifik IT godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Ny domänspecifik IT för övervakningen."
      När utkastet granskas
      Så ger regel "MAL-S4-02" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-S1-01 Utvecklingsplanen gäller för kommande ett till fyra år

    Scenariomall: Planperiodens längd
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planperioden är <från>–<till>
      När utkastet granskas
      Så <utfall> enligt regel "MAL-S1-01"

      Exempel:
        | från | till | utfall                            |
        | 2024 | 2029 | ger granskningen fel              |
        | 2024 | 2028 | ger granskningen fel              |
        | 2024 | 2027 | ger granskningen ingen anmärkning |
        | 2024 | 2024 | ger granskningen ingen anmärkning |

  Regel: MAL-S1-02 Utvecklingsplanen redovisar hur förvaltningarnas behov samlats in

    Scenario: En plan utan behovsunderlag får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar behovsunderlag
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-S1-02"

    Scenario: En plan med behovsunderlag godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-S1-02" ingen anmärkning

  Regel: MAL-S3-01 En AI-satsning redovisar en bedömning av säkerhet och risker

    Scenario: En AI-satsning utan riskbedömning ger en upplysning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Inför AI-stöd i övervakningen."
      När utkastet granskas
      Så ger granskningen en upplysning enligt regel "MAL-S3-01"

    Scenario: En AI-satsning med riskbedömning godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beskrivningen "Inför AI-stöd i övervakningen."
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har riskbedömningen "Gjord april 2024."
      När utkastet granskas
      Så ger regel "MAL-S3-01" ingen anmärkning

  Regel: MAL-S4-03 Kommungemensam IT beslutas inte av en annan nämnd än servicenämnden

    Scenario: Gemensam IT som kulturnämnden beslutar underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beslutande organet "Kulturnämnden"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-S4-03"

    Scenario: Gemensam IT som servicenämnden beslutar godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-S4-03" ingen anmärkning

  Regel: MAL-S5-01 En satsning inom informationshantering anger informationsägaren

    Scenario: En informationshanteringspost utan informationsägare får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har området "informationshantering"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-S5-01"

    Scenario: En informationshanteringspost med informationsägare godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har området "informationshantering"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har informationsägaren "Stadsarkivet"
      När utkastet granskas
      Så ger regel "MAL-S5-01" ingen anmärkning

  Regel: MAL-S6-01 Utvecklingsplanen anger forum för dialog med förvaltningarna

    Scenario: En plan utan dialogforum får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar dialogforum
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-S6-01"

    Scenario: En plan som anger IT- och digitaliseringsklustren godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-S6-01" ingen anmärkning

  Regel: GBG-S7-01 De fackliga företrädarna informeras när ärendet rör organisationen

    Scenario: Ett organisationsärende utan information till de fackliga underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar uppgift om facklig samverkan
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-S7-01"

    Scenario: Ett organisationsärende där CSG har informerats godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-S7-01" ingen anmärkning
