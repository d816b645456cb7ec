# language: sv
Egenskap: Ärendets form – vad en tjänsteskrivelse innehåller
  En tjänsteskrivelse i Malmö stad har datum, diarienummer, handläggarens
  kontaktuppgifter, förslag till beslut, beslutsplanering och uppgift om vart
  beslutet skickas; ett tjänsteutlåtande i Göteborgs Stad har bland annat tre
  bedömningar. Det är kommunernas mallar, alltså praxis, och avvikelser
  rapporteras som varningar. Fel rapporteras bara när dokumentet självt inte
  håller: en adress som inte når handläggaren, ett mallfält som skulle hamna i
  protokollet.

  Regel: MAL-A-01 En tjänsteskrivelse har ett förslag till beslut

    Scenario: En tjänsteskrivelse utan förslag till beslut
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar förslag till beslut
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-01"

    Scenario: En tjänsteskrivelse med förslag till beslut
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-A-02 En tjänsteskrivelse anger beslutsplaneringen: de sammanträden ärendet passerar, med datum

    Scenario: En tjänsteskrivelse utan beslutsplanering
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar beslutsplanering
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-02"

    Scenario: En tjänsteskrivelse med beslutsplanering
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-02"

  Regel: MAL-A-03 Vår referens anger handläggarens namn, titel och e-postadress

    Scenario: En tjänsteskrivelse utan handläggarens e-postadress
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar handläggarens e-postadress
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-03"

    Scenario: En tjänsteskrivelse med fullständig Vår referens
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-03"

  Regel: MAL-A-04 En tjänsteskrivelse anger vart beslutet skickas

    Scenario: En tjänsteskrivelse utan mottagare
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar mottagare
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-04"

    Scenario: En tjänsteskrivelse med mottagare
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-04"

  Regel: MAL-A-05 Ärendet har ett diarienummer i Malmö stads form: prefix, år och löpnummer

    Scenariomall: Diarienumrets form
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-A-05"

      Exempel:
        | diarienummer  | utfall                                                      |
        | SN 2023/514   | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 0437/20       | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | SN-2023-514   | rapporteras ingen anmärkning                                |
        | STK-2023-1044 | rapporteras ingen anmärkning                                |

  Regel: MAL-A-06 En tjänsteskrivelse är daterad

    Scenario: En tjänsteskrivelse utan datum
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar datum
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-06"

    Scenario: En daterad tjänsteskrivelse
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-06"

  Regel: MAL-A-08 Ett remissvar anger sista svarsdag (Svar senast)

    Scenario: Ett remissvar utan sista svarsdag
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar sista svarsdag
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-08"

    Scenario: Ett remissvar med sista svarsdag
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-08"

  Regel: MAL-A-09 Ett remissvar anger vem som skickade remissen

    Scenario: Ett remissvar utan remittent
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att utkastet saknar remittent
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-09"

    Scenario: Ett remissvar med remittent
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-09"

  Regel: GBG-A-01 Ett tjänsteutlåtande har ett förslag till beslut

    Scenario: Ett tjänsteutlåtande utan förslag till beslut
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar förslag till beslut
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-A-01"

    Scenario: Stadsledningskontorets tjänsteutlåtande
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-A-01"
      Och rapporteras inga fel eller varningar

  Regel: GBG-A-02 Handläggaren anges med telefon och e-post

    Scenario: Ett tjänsteutlåtande utan handläggarens telefon
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar handläggarens telefon
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-A-02"

    Scenario: Ett tjänsteutlåtande med telefon och e-post
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-A-02"

  Regel: GBG-A-03 Ett tjänsteutlåtande har en sammanfattning

    Scenario: Ett tjänsteutlåtande utan sammanfattning
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar sammanfattning
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-A-03"

    Scenario: Ett tjänsteutlåtande med sammanfattning
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-A-03"

  Regel: GBG-A-04 Ett tjänsteutlåtande har förvaltningens bedömning

    Scenario: Ett tjänsteutlåtande utan förvaltningens bedömning
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar förvaltningens bedömning
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-A-04"

    Scenario: Ett tjänsteutlåtande med Stadsledningskontorets bedömning
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-A-04"

  Regel: GBG-A-05 Diarienumret har en form som Göteborgs Stad använde på ärendets datum

    Scenariomall: Diarienumrets form beror på ärendets datum
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att ärendet är daterat <datum>
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "GBG-A-05"

      Exempel:
        | datum      | diarienummer   | utfall                                                      |
        | 2020-02-28 | SLK-2020-00437 | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 2023-03-01 | 0437/23        | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 2020-02-28 | 0437/20        | rapporteras ingen anmärkning                                |
        | 2023-03-01 | SLK-2023-01047 | rapporteras ingen anmärkning                                |

  Regel: GBG-A-06 Ett tjänsteutlåtande anger när det är utfärdat

    Scenario: Ett tjänsteutlåtande utan utfärdat-datum
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar datum
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-A-06"

    Scenario: Ett daterat tjänsteutlåtande
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-A-06"

  Regel: GBG-Q6-01 Ett tjänsteutlåtande har en bedömning ur ekonomisk dimension

    Scenario: Ett tjänsteutlåtande utan ekonomisk dimension
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur ekonomisk dimension
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q6-01"

    Scenario: Ett tjänsteutlåtande med ekonomisk dimension
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q6-01"

  Regel: GBG-Q6-02 Ett tjänsteutlåtande har en bedömning ur ekologisk dimension, även när inga aspekter finns

    Scenario: Ett tjänsteutlåtande utan ekologisk dimension
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur ekologisk dimension
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q6-02"

    Scenario: En ekologisk dimension där inga aspekter funnits
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q6-02"

  Regel: GBG-Q6-03 Ett tjänsteutlåtande har en bedömning ur social dimension

    Scenario: Ett tjänsteutlåtande utan social dimension
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar bedömning ur social dimension
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-Q6-03"

    Scenario: Ett tjänsteutlåtande med social dimension
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-Q6-03"

  Regel: GEN-A-01 Handläggarens e-postadress hör till den namngivna handläggaren

    Scenario: En e-postadress som tillhör någon annan
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att handläggarens e-postadress är "josefin.levander@malmo.se"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-A-01"

    Scenario: Handläggarens egen e-postadress
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att handläggarens e-postadress är "tatjana.bogdanovic@malmo.se"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-A-01"
      Och rapporteras inga fel eller varningar

  Regel: GEN-A-02 Handläggarens e-postadress ligger under kommunens domän

    Scenariomall: E-postadressens domän
      Givet exemplet "<exempel>"
      Och att handläggarens e-postadress är "<adress>"
      När utkastet granskas
      Så <utfall> enligt regel "GEN-A-02"

      Exempel:
        | exempel                                      | adress                              | utfall                                                  |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@malmö.se         | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@gmail.com        | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | servicenämndens utvecklingsplan 2024         | tatjana.bogdanovic@malmo.se         | rapporteras ingen anmärkning                            |
        | stadsledningskontorets tjänsteutlåtande 2020 | asa.jahnsson@stadshuset.goteborg.se | rapporteras ingen anmärkning                            |

  Regel: GEN-A-03 Inga mallfält står kvar; förslaget till beslut kan föras in i protokollet som det står

    Scenario: Ett förslag till beslut med ett mallfält kvar
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "[Nämnd] godkänner förslaget."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GEN-A-03"

    Scenario: Ett färdigskrivet förslag till beslut
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-A-03"

  Regel: GEN-A-04 En handling som texten säger är bifogad finns i beslutsunderlaget

    Scenario: En bifogad handling som saknas i beslutsunderlaget
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att sammanfattningen lyder "Bifogat till ärendet finns Handlingsplan för e-arkiv."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-A-04"

    Scenario: En bifogad handling som finns i beslutsunderlaget
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att sammanfattningen lyder "Bifogat till ärendet finns Principer för digitalisering."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-A-04"

  Regel: GEN-A-05 Namnen på kommunens organ och förvaltningar är rättstavade i hela texten

    Scenario: Ett felstavat namn i löptexten
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att sammanfattningen lyder "Skrivelsen går till kommunstyrelen för yttrande."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-A-05"

    Scenario: Ett rättstavat namn i löptexten
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att sammanfattningen lyder "Skrivelsen går till kommunstyrelsen för yttrande."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-A-05"

  Regel: GEN-A-06 Ett organ benämns på samma sätt i alla beslutspunkter

    Scenario: En nämnd som benämns på två sätt i beslutspunkterna
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "Nämnden för konsument- och medborgarservice godkänner förslaget."
      Och att förslaget till beslut också har punkten "Nämnden för medborgarservice översänder yttrandet."
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-A-06"

    Scenario: En nämnd som benämns på ett sätt
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att förslaget till beslut lyder "Nämnden för medborgarservice godkänner förslaget."
      Och att förslaget till beslut också har punkten "Nämnden för medborgarservice översänder yttrandet."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-A-06"
