# language: sv
Egenskap: Ärendets form – vad en tjänsteskrivelse i Malmö stad innehåller
  En tjänsteskrivelse har datum, diarienummer, handläggarens kontaktuppgifter,
  förslag till beslut, beslutsplanering och uppgift om vart beslutet skickas.

  Regel: MAL-A-01 En tjänsteskrivelse har ett förslag till beslut

    Scenario: En tjänsteskrivelse utan förslag till beslut underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar förslag till beslut
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-01"

    Scenario: En tjänsteskrivelse med förslag till beslut godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-A-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-A-02 En tjänsteskrivelse anger beslutsplaneringen

    Scenario: En tjänsteskrivelse utan beslutsplanering underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar beslutsplanering
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-02"

    Scenario: En tjänsteskrivelse med beslutsplanering godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-A-02" ingen anmärkning

  Regel: MAL-A-03 Vår referens anger handläggarens namn, titel och e-postadress

    Scenario: En tjänsteskrivelse utan handläggarens e-postadress underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar handläggarens e-postadress
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-03"

    Scenario: En tjänsteskrivelse med fullständig Vår referens godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-A-03" ingen anmärkning

  Regel: MAL-A-04 En tjänsteskrivelse anger vart beslutet skickas

    Scenario: En tjänsteskrivelse utan mottagare får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar mottagare
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-A-04"

    Scenario: En tjänsteskrivelse med mottagare godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-A-04" ingen anmärkning

  Regel: MAL-A-05 Diarienumret har Malmö stads form

    Scenariomall: Diarienumrets form
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-A-05"

      Exempel:
        | diarienummer  | utfall                            |
        | SN 2023/514   | ger granskningen fel              |
        | 0437/20       | ger granskningen fel              |
        | SN-2023-514   | ger granskningen ingen anmärkning |
        | STK-2023-1044 | ger granskningen ingen anmärkning |

  Regel: MAL-A-06 En tjänsteskrivelse är daterad

    Scenario: En tjänsteskrivelse utan datum underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar datum
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-06"

    Scenario: En daterad tjänsteskrivelse godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-A-06" ingen anmärkning

  Regel: MAL-A-08 Ett remissvar anger sista svarsdag

    Scenario: Ett remissvar utan sista svarsdag underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar sista svarsdag
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-08"

    Scenario: Ett remissvar med sista svarsdag godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-A-08" ingen anmärkning

  Regel: MAL-A-09 Ett remissvar anger vem som skickade remissen

    Scenario: Ett remissvar utan remittent underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar remittent
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-09"

    Scenario: Ett remissvar med remittent godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-A-09" ingen anmärkning

  Regel: GBG-A-01 Ett tjänsteutlåtande i Göteborgs Stad har ett förslag till beslut

    Scenario: Ett tjänsteutlåtande utan förslag till beslut underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar förslag till beslut
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-A-01"

    Scenario: Stadsledningskontorets tjänsteutlåtande godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-A-01" ingen anmärkning
      Och utkastet godkänns

  Regel: GBG-A-02 Handläggaren anges med telefon och e-post

    Scenario: Ett tjänsteutlåtande utan handläggarens telefon underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar handläggarens telefon
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-A-02"

    Scenario: Ett tjänsteutlåtande med telefon och e-post godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-A-02" ingen anmärkning

  Regel: GBG-A-03 Ett tjänsteutlåtande har en sammanfattning

    Scenario: Ett tjänsteutlåtande utan sammanfattning underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar sammanfattning
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-A-03"

    Scenario: Ett tjänsteutlåtande med sammanfattning godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-A-03" ingen anmärkning

  Regel: GBG-A-04 Ett tjänsteutlåtande har förvaltningens bedömning

    Scenario: Ett tjänsteutlåtande utan förvaltningens bedömning underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar förvaltningens bedömning
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-A-04"

    Scenario: Ett tjänsteutlåtande med Stadsledningskontorets bedömning godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-A-04" ingen anmärkning

  Regel: GBG-A-05 Diarienumret har Göteborgs Stads form för sin tid

    Scenariomall: Diarienumrets form beror på ärendets datum
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att ärendet är daterat <datum>
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "GBG-A-05"

      Exempel:
        | datum      | diarienummer   | utfall                            |
        | 2020-02-28 | SLK-2020-00437 | ger granskningen fel              |
        | 2023-03-01 | 0437/23        | ger granskningen fel              |
        | 2020-02-28 | 0437/20        | ger granskningen ingen anmärkning |
        | 2023-03-01 | SLK-2023-01047 | ger granskningen ingen anmärkning |

  Regel: GBG-A-06 Ett tjänsteutlåtande anger när det är utfärdat

    Scenario: Ett tjänsteutlåtande utan utfärdat-datum underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar datum
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-A-06"

    Scenario: Ett daterat tjänsteutlåtande godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-A-06" ingen anmärkning

  Regel: GBG-Q6-01 Ett tjänsteutlåtande har en bedömning ur ekonomisk dimension

    Scenario: Ett tjänsteutlåtande utan ekonomisk dimension underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur ekonomisk dimension
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q6-01"

    Scenario: Ett tjänsteutlåtande med ekonomisk dimension godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-Q6-01" ingen anmärkning

  Regel: GBG-Q6-02 Ett tjänsteutlåtande har en bedömning ur ekologisk dimension

    Scenario: Ett tjänsteutlåtande utan ekologisk dimension underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur ekologisk dimension
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q6-02"

    Scenario: En ekologisk dimension där inga aspekter funnits godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-Q6-02" ingen anmärkning

  Regel: GBG-Q6-03 Ett tjänsteutlåtande har en bedömning ur social dimension

    Scenario: Ett tjänsteutlåtande utan social dimension underkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur social dimension
      När utkastet granskas
      Så ger granskningen fel enligt regel "GBG-Q6-03"

    Scenario: Ett tjänsteutlåtande med social dimension godkänns
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så ger regel "GBG-Q6-03" ingen anmärkning

  Regel: GEN-A-01 Handläggarens e-postadress hör till den namngivna handläggaren

    Scenario: En e-postadress som tillhör någon annan får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att handläggarens e-postadress är "josefin.levander@malmo.se"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-A-01"

    Scenario: Handläggarens egen e-postadress godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att handläggarens e-postadress är "tatjana.bogdanovic@malmo.se"
      När utkastet granskas
      Så ger regel "GEN-A-01" ingen anmärkning
      Och utkastet godkänns

  Regel: GEN-A-02 Handläggarens e-postadress ligger under kommunens domän

    Scenariomall: E-postadressens domän
      Givet exemplet "<exempel>"
      Och att handläggarens e-postadress är "<adress>"
      När utkastet granskas
      Så <utfall> enligt regel "GEN-A-02"

      Exempel:
        | exempel                                      | adress                              | utfall                            |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@malmö.se         | ger granskningen fel              |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@gmail.com        | ger granskningen fel              |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@malmo.se         | ger granskningen ingen anmärkning |
        | stadsledningskontorets tjänsteutlåtande 2020 | asa.jahnsson@stadshuset.goteborg.se | ger granskningen ingen anmärkning |

  Regel: GEN-A-03 Inga mallfält står kvar i texten

    Scenario: Ett förslag till beslut med ett mallfält kvar underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "[Nämnd] godkänner förslaget."
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-A-03"

    Scenario: Ett färdigskrivet förslag till beslut godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "GEN-A-03" ingen anmärkning

  Regel: GEN-A-04 En bifogad handling finns i beslutsunderlaget

    Scenario: En bifogad handling som saknas i beslutsunderlaget får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att sammanfattningen lyder "Bifogat till ärendet finns Handlingsplan för e-arkiv."
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-A-04"

    Scenario: En bifogad handling som finns i beslutsunderlaget godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att sammanfattningen lyder "Bifogat till ärendet finns Principer för digitalisering."
      När utkastet granskas
      Så ger regel "GEN-A-04" ingen anmärkning

  Regel: GEN-A-05 Organens namn är rättstavade i hela texten

    Scenario: Ett felstavat organnamn i löptexten får en varning
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att sammanfattningen lyder "Skrivelsen går till kommunstyrelen för yttrande."
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-A-05"

    Scenario: Ett rättstavat organnamn i löptexten godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att sammanfattningen lyder "Skrivelsen går till kommunstyrelsen för yttrande."
      När utkastet granskas
      Så ger regel "GEN-A-05" ingen anmärkning

  Regel: GEN-A-06 Ett organ benämns på samma sätt i alla beslutspunkter

    Scenario: En nämnd som benämns på två sätt i beslutspunkterna får en varning
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "Nämnden för konsument- och medborgarservice godkänner förslaget."
      Och att förslaget till beslut också har punkten "Nämnden för medborgarservice översänder yttrandet."
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-A-06"

    Scenario: En nämnd som benämns på ett sätt godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "Nämnden för medborgarservice godkänner förslaget."
      Och att förslaget till beslut också har punkten "Nämnden för medborgarservice översänder yttrandet."
      När utkastet granskas
      Så ger regel "GEN-A-06" ingen anmärkning
