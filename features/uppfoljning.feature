# language: sv
Egenskap: Uppföljning – frågor som ska besvaras och planer som går att följa upp
  Ett remissvar besvarar remissens egna frågor. Frågorna om principerna för
  digitalisering är exempel i servicenämndens förslag ("skulle exempelvis kunna
  vara"), inte antagna frågor: de ger upplysningar, och en kommun som antar egna
  frågor byter ut dem. Enligt Göteborgs Stads riktlinje för styrande dokument
  anger en stadsövergripande plan vad som ska uppnås för en tidsatt period, vilka
  aktiviteter som ska genomföras, vem som ansvarar och när. Vad riktlinjen för
  nyttorealisering (2016) kräver citeras inte i källorna, så de reglerna ger
  varningar.

  Regel: MAL-Q1-01 Hur har förvaltningen tagit tillvara användarens perspektiv i utvecklingen av medborgarnära tjänster?

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 1 är obesvarad
      När utkastet granskas
      Så rapporteras en obesvarad fråga med allvarlighetsgraden "info" enligt regel "MAL-Q1-01"
      Och anmärkningens källa är "önskemål eller exempel, inte krav"
      Och rapporteras inga fel eller varningar

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-Q1-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-Q1-02 Beskriv hur ni arbetar med att stärka medarbetarnas omtanke och omdöme kopplat till digitalisering

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 2 är obesvarad
      När utkastet granskas
      Så rapporteras en obesvarad fråga med allvarlighetsgraden "info" enligt regel "MAL-Q1-02"

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-Q1-02"

  Regel: MAL-Q1-03 Hur har förvaltningen involverat andra aktörer och perspektiv som behövs i den digitala utvecklingen?

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 3 är obesvarad
      När utkastet granskas
      Så rapporteras en obesvarad fråga med allvarlighetsgraden "info" enligt regel "MAL-Q1-03"

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-Q1-03"

  Regel: MAL-Q1-04 Hur har förvaltningen tagit tillvara användarens perspektiv i utvecklingen av medborgarnära tjänster?

    Scenario: En medborgarnära satsning utan svar på frågan
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" gäller medborgarnära tjänster
      När utkastet granskas
      Så rapporteras en obesvarad fråga med allvarlighetsgraden "info" enligt regel "MAL-Q1-04"

    Scenario: En medborgarnära satsning med svar på frågan
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" gäller medborgarnära tjänster
      Och att frågan om användarens perspektiv är besvarad
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-Q1-04"
      Och rapporteras inga fel eller varningar

  Regel: MAL-Q2-01 Remissens egna frågor besvaras var för sig i remissvaret

    Scenario: Ett remissvar som lämnar en av remissens frågor obesvarad
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissens fråga 2 är obesvarad
      När utkastet granskas
      Så rapporteras en obesvarad fråga med allvarlighetsgraden "varning" enligt regel "MAL-Q2-01"

    Scenario: Ett remissvar som besvarar båda frågorna
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-Q2-01"

  Regel: GBG-Q3-01 En stadsövergripande plan anger vad som ska uppnås: mål

    Scenario: En plan utan mål
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att utkastet saknar mål
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GBG-Q3-01"

    Scenario: En plan med mål
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-01"
      Och rapporteras inga fel eller varningar

    Scenario: En plan som inte är stadsövergripande bedöms inte enligt riktlinjen för styrande dokument
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att dokumentet inte är stadsövergripande
      Och att utkastet saknar mål
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-01"

  Regel: GBG-Q3-02 Varje mål i en stadsövergripande plan har minst en indikator

    Scenario: Ett mål utan indikator
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att målet "Fler ärenden kan göras digitalt" saknar indikatorer
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q3-02"

    Scenario: Ett mål med indikator
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-02"

  Regel: GBG-Q3-03 En stadsövergripande plan anger vilka aktiviteter som ska genomföras

    Scenario: En plan utan aktiviteter
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att utkastet saknar aktiviteter
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GBG-Q3-03"

    Scenario: En plan med aktiviteter
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-03"

  Regel: GBG-Q3-04 Av en stadsövergripande plan framgår vem som ansvarar för varje aktivitet

    Scenario: En aktivitet utan ansvarig
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att aktiviteten "Inventera stadens e-tjänster" saknar ansvarig
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GBG-Q3-04"

    Scenario: En aktivitet med ansvarig
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-04"

  Regel: GBG-Q3-05 Av en stadsövergripande plan framgår när varje aktivitet ska genomföras

    Scenario: En aktivitet utan tidpunkt
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att aktiviteten "Inventera stadens e-tjänster" saknar tidpunkt
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GBG-Q3-05"

    Scenario: En aktivitet med tidpunkt
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-05"

  Regel: GBG-Q3-06 En stadsövergripande plan anger den tidsatta period den gäller för

    Scenario: En plan utan planperiod
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att utkastet saknar planperiod
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GBG-Q3-06"
      Och anmärkningen hänvisar till "för en tidsatt period"

    Scenario: En plan för 2022–2024
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q3-06"

  Regel: GBG-Q4-02 En stadsövergripande policy ger principer, inte fasta regler

    Scenario: En policy med en fast regel
      Givet exemplet "Göteborgs policy för digitalisering 2021"
      Och att ärendebeskrivningen lyder "Medarbetare får inte använda molntjänster utan godkännande."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q4-02"

    Scenario: En policy med vägledande principer
      Givet exemplet "Göteborgs policy för digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q4-02"
      Och rapporteras inga fel eller varningar

  Regel: GBG-Q5-01 En utvecklingssatsning anger vilka nyttor den förväntas ge

    Scenario: En satsning utan förväntade nyttor
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" saknar förväntade nyttor
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q5-01"

    Scenario: En satsning med förväntade nyttor
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q5-01"

    Scenario: Riktlinjen för nyttorealisering från 2016 gäller en plan från 2017
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att ärendet är daterat 2017-03-01
      Och att planens post "Gemensam e-tjänsteplattform" saknar förväntade nyttor
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q5-01"
      Och anmärkningens källa är "bedömning, inte beslut"

    Scenario: Före riktlinjen för nyttorealisering bedöms inte en satsning enligt regeln
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att ärendet är daterat 2015-03-01
      Och att planens post "Gemensam e-tjänsteplattform" saknar förväntade nyttor
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q5-01"

  Regel: GBG-Q5-02 Förväntade nyttor följs upp; satsningen anger hur

    Scenario: Nyttor utan uppföljning
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" saknar uppföljning av nyttorna
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q5-02"

    Scenario: Nyttor med uppföljning
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q5-02"

  Regel: GEN-Q7-01 Ett uppdrag som redovisas senare än beslutat anger avvikelsen

    Scenario: Ett uppdrag som redovisas senare än budgeten anger, utan förklaring
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar avvikelse för det försenade uppdraget
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-Q7-01"

    Scenario: Ett försenat uppdrag som anger avvikelsen
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-Q7-01"
      Och rapporteras inga fel eller varningar
