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
