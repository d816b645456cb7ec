# language: sv
Egenskap: Uppföljning – frågor som ska besvaras och planer som går att följa upp
  Vissa frågor måste ett ärende besvara: stadskontorets frågor i den årliga
  uppföljningen av principerna för digitalisering, och remissens egna frågor.
  En plan anger mål med indikatorer och aktiviteter med ansvar och tidpunkt.
  En policy är kort och ger principer. Nyttor planeras och följs upp.

  Regel: MAL-Q1-01 Uppföljningen besvarar frågan om användarens perspektiv

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 1 är obesvarad
      När utkastet granskas
      Så ger granskningen en obesvarad fråga enligt regel "MAL-Q1-01"

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så ger regel "MAL-Q1-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-Q1-02 Uppföljningen besvarar frågan om medarbetarnas omtanke och omdöme

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 2 är obesvarad
      När utkastet granskas
      Så ger granskningen en obesvarad fråga enligt regel "MAL-Q1-02"

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så ger regel "MAL-Q1-02" ingen anmärkning

  Regel: MAL-Q1-03 Uppföljningen besvarar frågan om andra aktörer och perspektiv

    Scenario: En uppföljning som lämnar frågan obesvarad
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att uppföljningens fråga 3 är obesvarad
      När utkastet granskas
      Så ger granskningen en obesvarad fråga enligt regel "MAL-Q1-03"

    Scenario: En uppföljning som besvarar frågan
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så ger regel "MAL-Q1-03" ingen anmärkning

  Regel: MAL-Q1-04 En plan med medborgarnära tjänster besvarar frågan om användarens perspektiv

    Scenario: En medborgarnära satsning utan svar på frågan
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" gäller medborgarnära tjänster
      När utkastet granskas
      Så ger granskningen en obesvarad fråga enligt regel "MAL-Q1-04"

    Scenario: En medborgarnära satsning med svar på frågan
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2024-05-15
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" gäller medborgarnära tjänster
      Och att frågan om användarens perspektiv är besvarad
      När utkastet granskas
      Så ger regel "MAL-Q1-04" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-Q2-01 Ett remissvar besvarar remissens egna frågor

    Scenario: Ett remissvar som lämnar en av remissens frågor obesvarad
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissens fråga 2 är obesvarad
      När utkastet granskas
      Så ger granskningen en obesvarad fråga enligt regel "MAL-Q2-01"

    Scenario: Ett remissvar som besvarar båda frågorna
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-Q2-01" ingen anmärkning

  Regel: GBG-Q3-01 En plan anger mål

    Scenario: En plan utan mål underkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att utkastet saknar mål
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q3-01"

    Scenario: En plan med mål godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q3-01" ingen anmärkning
      Och utkastet godkänns

  Regel: GBG-Q3-02 Varje mål i planen har en indikator

    Scenario: Ett mål utan indikator underkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att målet "Fler ärenden kan göras digitalt" saknar indikatorer
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q3-02"

    Scenario: Ett mål med indikator godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q3-02" ingen anmärkning

  Regel: GBG-Q3-03 En plan anger aktiviteter

    Scenario: En plan utan aktiviteter underkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att utkastet saknar aktiviteter
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q3-03"

    Scenario: En plan med aktiviteter godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q3-03" ingen anmärkning

  Regel: GBG-Q3-04 Av planen framgår vem som ansvarar för varje aktivitet

    Scenario: En aktivitet utan ansvarig underkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att aktiviteten "Inventera stadens e-tjänster" saknar ansvarig
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q3-04"

    Scenario: En aktivitet med ansvarig godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q3-04" ingen anmärkning

  Regel: GBG-Q3-05 Av planen framgår när varje aktivitet ska genomföras

    Scenario: En aktivitet utan tidpunkt underkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att aktiviteten "Inventera stadens e-tjänster" saknar tidpunkt
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q3-05"

    Scenario: En aktivitet med tidpunkt godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q3-05" ingen anmärkning

  Regel: GBG-Q4-01 En policy är kortfattad

    Scenariomall: Policyns omfång
      Givet exemplet "Göteborgs policy för digitalisering 2021"
      Och att policyn omfattar <sidor> sidor
      När utkastet granskas
      Så <utfall> enligt regel "GBG-Q4-01"

      Exempel:
        | sidor | utfall                            |
        | 25    | ger granskningen en varning       |
        | 11    | ger granskningen en varning       |
        | 10    | ger granskningen ingen anmärkning |
        | 4     | ger granskningen ingen anmärkning |

  Regel: GBG-Q4-02 En policy ger principer, inte fasta regler

    Scenario: En policy med en fast regel får en varning
      Givet exemplet "Göteborgs policy för digitalisering 2021"
      Och att ärendebeskrivningen lyder "Medarbetare får inte använda molntjänster utan godkännande."
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GBG-Q4-02"

    Scenario: En policy med vägledande principer godkänns
      Givet exemplet "Göteborgs policy för digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q4-02" ingen anmärkning
      Och utkastet godkänns

  Regel: GBG-Q5-01 En utvecklingssatsning anger förväntade nyttor

    Scenario: En satsning utan förväntade nyttor får en varning
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" saknar förväntade nyttor
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GBG-Q5-01"

    Scenario: En satsning med förväntade nyttor godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q5-01" ingen anmärkning

  Regel: GBG-Q5-02 Förväntade nyttor följs upp

    Scenario: Nyttor utan uppföljning får en varning
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" saknar uppföljning av nyttorna
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GBG-Q5-02"

    Scenario: Nyttor med uppföljning godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-Q5-02" ingen anmärkning

  Regel: GEN-Q7-01 Ett försenat uppdrag anger avvikelsen

    Scenario: Ett uppdrag som redovisas senare än budgeten anger, utan förklaring, underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar avvikelse för det försenade uppdraget
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-Q7-01"

    Scenario: Ett försenat uppdrag som anger avvikelsen godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GEN-Q7-01" ingen anmärkning
      Och utkastet godkänns
