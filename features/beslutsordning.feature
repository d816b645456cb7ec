# language: sv
Egenskap: Beslutsordning – vem som bereder och vem som beslutar
  Ett ärende beslutas av det organ som har rätt att besluta det, bereds av rätt
  nämnd och passerar beredningsstegen innan det beslutas. En förvaltning bereder
  och lämnar förslag; en tjänsteperson beslutar i nämndens ärende bara på
  delegation. Vad riktlinjerna säger som gällande kan ge fel; stadens praxis
  (ordningen mellan beredningsstegen, arbetsutskottet före kommunstyrelsen) ger
  varningar tills ett reglemente som gör den bindande citeras.

  Regel: MAL-D1-01 Utvecklingsplanen för kommungemensam IT beslutas av kommunstyrelsen

    Scenario: En utvecklingsplan som servicenämnden själv beslutar
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet slutligt beslutas av "Servicenämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D1-01"
      Och anmärkningen hänvisar till "KF 2021-03-31 § 100"
      Och anmärkningens källa är "antaget beslut eller styrdokument"

    Scenario: En utvecklingsplan som går vidare till kommunstyrelsen för beslut
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D1-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D1-02 Utvecklingsplanen bereds av servicenämnden innan kommunstyrelsen beslutar

    Scenario: En utvecklingsplan som beretts av en annan nämnd
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att planen har beretts av "Kulturnämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D1-02"

    Scenariomall: En utvecklingsplan som beretts av servicenämnden, skrivet på olika sätt
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att planen har beretts av "<nämnd>"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D1-02"
      Och rapporteras inga fel eller varningar

      Exempel:
        | nämnd          |
        | Servicenämnden |
        | SN             |
        | SN:s           |

  Regel: MAL-D2-01 Servicenämnden bereder en utvecklingsplan om året, för det kommande året

    Scenariomall: Planåret jämförs med ärendets datum (2023)
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planåret är <planår>
      När utkastet granskas
      Så <utfall> enligt regel "MAL-D2-01"

      Exempel:
        | planår | utfall                                                      |
        | 2026   | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 2022   | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 2024   | rapporteras ingen anmärkning                                |
        | 2023   | rapporteras ingen anmärkning                                |

    Scenario: En utvecklingsplan utan planår bedöms inte enligt regeln
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar planår
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D2-01"

  Regel: MAL-D3-01 Stadsövergripande riktlinjer och policyer antas av kommunfullmäktige

    Scenario: Stadsövergripande riktlinjer som kommunstyrelsen själv antar
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D3-01"
      Och anmärkningen hänvisar till "Kommunallagen (2017:725) 5 kap. 1 §"
      Och anmärkningens källa är "lag"

    Scenario: Stadsövergripande riktlinjer som kommunfullmäktige antar
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D3-01"
      Och rapporteras inga fel eller varningar

    Scenario: En nämnds egna riktlinjer som nämnden själv antar
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att dokumentet inte är stadsövergripande
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D3-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D3-03 Riktlinjer eller en policy som inte går till kommunfullmäktige anger att de inte är stadsövergripande

    Scenario: Riktlinjer som kommunstyrelsen antar, utan uppgift om de är stadsövergripande
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet saknar uppgift om dokumentet är stadsövergripande
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D3-03"

    Scenario: Riktlinjer som kommunfullmäktige antar behöver inte ange det
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet saknar uppgift om dokumentet är stadsövergripande
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D3-03"

  Regel: MAL-D3-02 Förslag till stadsövergripande riktlinjer går på remiss till samtliga nämnder innan de antas

    Scenario: Riktlinjer som inte har remitterats
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet saknar remissinstanser
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D3-02"
      Och anmärkningens källa är "förslag, inte beslut"

    Scenario: Riktlinjer som har remitterats till två av nämnderna
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att förslaget har remitterats till "Servicenämnden och Kulturnämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D3-02"
      Och anmärkningen hänvisar till "Fritidsnämnden"

    Scenario: Riktlinjer som har remitterats till samtliga nämnder
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D3-02"

  Regel: MAL-D4-01 Ett remissvar beslutas senast den dag remissen ska vara besvarad

    Scenariomall: Remissvarets sista sammanträde jämförs med sista svarsdag
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissen ska vara besvarad senast <svarsdag>
      När utkastet granskas
      Så <utfall> enligt regel "MAL-D4-01"

      Exempel:
        | svarsdag   | utfall                                                  |
        | 2020-12-10 | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | 2020-12-15 | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | 2020-12-16 | rapporteras ingen anmärkning                            |
        | 2020-12-31 | rapporteras ingen anmärkning                            |

  Regel: MAL-D4-02 Beslutet om ett remissvar skickas till den som skickade remissen, eller till dess förvaltning

    Scenario: Ett remissvar som inte skickas till remittenten
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att beslutet skickas till "Kulturförvaltningen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D4-02"

    Scenario: Ett remissvar som skickas till stadskontoret och fler
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att beslutet skickas till "Stadskontoret och Kulturförvaltningen"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D4-02"
      Och rapporteras inga fel eller varningar

    Scenario: Ett svar på kommunstyrelsens remiss som skickas till stadskontoret, som i KN-2020-4392
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissen kommer från "Kommunstyrelsen"
      Och att beslutet skickas till "Stadskontoret"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D4-02"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D4-03 Ett remissvar beslutas av nämnden, eller av dess utskott på delegation enligt nämndens delegationsordning

    Scenario: Ett remissvar som nämndens arbetsutskott beslutar, utan känd delegationsordning
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "Kulturnämndens arbetsutskott"
      Och att beslutsplaneringen är:
        | organ               | steg                | datum      |
        | Kulturförvaltningen | ärendeberedning     | 2020-11-16 |
        | Kulturnämnden       | ordförandeberedning | 2020-11-24 |
        | Kulturnämnden       | arbetsutskott       | 2020-12-03 |
      Och att beslutet anmäls till "Kulturnämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D4-03"
      Och anmärkningen hänvisar till "kontrollera delegationen"
      Och anmärkningens källa är "lag"
      Och rapporteras ingen anmärkning enligt regel "MAL-D5-03"

    Scenario: Ett remissvar som kommunstyrelsens arbetsutskott beslutar, skrivet KS:s arbetsutskott
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "KS:s arbetsutskott"
      Och att beslutsplaneringen är:
        | organ              | steg          | datum      |
        | KS:s arbetsutskott | arbetsutskott | 2020-12-03 |
      Och att beslutet anmäls till "Kommunstyrelsen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D4-03"
      Och rapporteras ingen anmärkning enligt regel "MAL-D5-03"
      Och rapporteras ingen anmärkning enligt regel "GEN-O-01"

    Scenario: Ett remissvar som nämnden själv beslutar
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "Kulturnämnden"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D4-03"
      Och rapporteras inga fel eller varningar

  Regel: MAL-A-07 En förvaltning bereder och lämnar förslag; en tjänsteperson beslutar i nämndens ärende bara på delegation

    Scenario: Serviceförvaltningen anges som beslutande i nämndens uppföljning
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet beslutas av "Serviceförvaltningen"
      Och att beslutet anmäls till "Servicenämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-A-07"
      Och anmärkningens källa är "lag"

    Scenario: Servicenämnden beslutar själv sin uppföljning
      Givet exemplet "servicenämndens uppföljning 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-A-07"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D5-01 Beslutsplaneringens sammanträden ligger i tidsordning

    Scenario: En beslutsplanering där ett senare steg har ett tidigare datum
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-06-08 |
        | Servicenämnden | arbetsutskott       | 2023-05-30 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D5-01"
      Och anmärkningens källa är "kvalitetskontroll av dokumentet, inte en riktlinje"

    Scenario: En beslutsplanering med stigande datum
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-05-30 |
        | Servicenämnden | arbetsutskott       | 2023-06-08 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D5-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D5-02 Ärendet bereds i ordningen ärendeberedning, ordförandeberedning, arbetsutskott och sist nämndens sammanträde

    Scenario: Ordförandeberedning efter arbetsutskottet
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | arbetsutskott       | 2023-05-30 |
        | Servicenämnden | ordförandeberedning | 2023-06-08 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D5-02"
      Och anmärkningens källa är "praxis eller mall, inte beslut"

    Scenario: Förvaltningens ärendeberedning efter nämndens arbetsutskott
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att beslutsplaneringen är:
        | organ               | steg                | datum      |
        | Kulturnämnden       | ordförandeberedning | 2020-11-24 |
        | Kulturnämnden       | arbetsutskott       | 2020-12-03 |
        | Kulturförvaltningen | ärendeberedning     | 2020-12-08 |
        | Kulturnämnden       | sammanträde         | 2020-12-16 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D5-02"

    Scenario: Förvaltningens ärendeberedning före nämndens steg, som i KN-2020-4392
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D5-02"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D5-03 Beslutsplaneringen slutar med sammanträdet där det beslutande organet beslutar

    Scenario: En beslutsplanering som slutar i nämndens arbetsutskott när nämnden beslutar
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-05-30 |
        | Servicenämnden | arbetsutskott       | 2023-06-08 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-D5-03"
      Och anmärkningen hänvisar till "Servicenämnden (arbetsutskott)"

    Scenario: En beslutsplanering som slutar hos nämnden
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D5-03"
      Och rapporteras inga fel eller varningar

  Regel: MAL-D5-04 Ett ärende som kommunstyrelsen ska besluta passerar först kommunstyrelsens arbetsutskott

    Scenario: Ett ärende som går direkt till kommunstyrelsen
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ           | steg        | datum      |
        | Kommunstyrelsen | sammanträde | 2023-10-18 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-D5-04"
      Och anmärkningens källa är "praxis eller mall, inte beslut"

    Scenariomall: Ett ärende som passerar kommunstyrelsens arbetsutskott, skrivet på olika sätt
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ           | steg        | datum      |
        | <utskott>       | sammanträde | 2023-10-09 |
        | Kommunstyrelsen | sammanträde | 2023-10-18 |
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D5-04"
      Och rapporteras inga fel eller varningar

      Exempel:
        | utskott                        |
        | Kommunstyrelsens arbetsutskott |
        | KSAU                           |
        | KS:s arbetsutskott             |

  Regel: MAL-D6-01 Varje satsning i planen anger vilket organ som beslutar om den

    Scenario: En satsning utan beslutande organ
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar beslutande organ
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "info" enligt regel "MAL-D6-01"
      Och anmärkningens källa är "önskemål eller exempel, inte krav"

    Scenario: En satsning som servicenämnden beslutar
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D6-01"

  Regel: MAL-D6-02 En satsning utanför den befintliga ramen, utan äskande i budgeten, anger fullmäktige som beslutande

    Scenariomall: Vem som beslutar om en satsning utanför ramen utan äskande
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar äskande
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beslutande organet "<organ>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-D6-02"

      Exempel:
        | organ             | utfall                                                   |
        | Servicenämnden    | rapporteras en anmärkning med allvarlighetsgraden "info" |
        | Kommunstyrelsen   | rapporteras en anmärkning med allvarlighetsgraden "info" |
        | Kommunfullmäktige | rapporteras ingen anmärkning                             |

    Scenario: En satsning utanför ramen som äskas i budgetskrivelsen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-D6-02"

  Regel: GEN-O-01 Det beslutande organet är ett organ i kommunen, stavat som i kommunens organisation

    Scenario: Ett felstavat beslutande organ, med förslag på rätt namn
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Kommunstyrelsn"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-O-01"
      Och anmärkningen hänvisar till "menade du Kommunstyrelsen?"
      Och anmärkningen hänvisar till "Kommunallagen (2017:725) 3 kap. 3–4 §§"

    Scenariomall: Förkortningar och fullständiga namn känns igen
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "<organ>"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-O-01"

      Exempel:
        | organ           |
        | Kommunstyrelsen |
        | KS              |

  Regel: GEN-O-02 Det beslutande organet är ett organ i kommunen

    Scenario: Ett organ som inte finns i kommunens organisation
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Regionstyrelsen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-O-02"

    Scenario: Kommunstyrelsen finns i kommunens organisation
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-O-02"

  Regel: GEN-O-03 Beslutsplaneringen nämner organ och förvaltningar i kommunen, stavade som i kommunens organisation

    Scenario: Servicenämnden felstavad som i SN-2023-514, med förslag på rätt namn
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringens steg 3 hålls av "Serviceämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-O-03"
      Och anmärkningen hänvisar till "menade du Servicenämnden?"

    Scenario: Rätt stavade namn i beslutsplaneringen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-O-03"

  Regel: GEN-O-04 Beslutsplaneringen nämner bara organ och förvaltningar i kommunen

    Scenario: Ett okänt namn i beslutsplaneringen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringens steg 1 hålls av "Regionstyrelsen"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-O-04"

    Scenario: Kända namn i beslutsplaneringen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-O-04"

  Regel: GEN-O-05 Diarienumrets prefix hör till det organ som beslutar ärendet, eller till dess förvaltning

    Scenariomall: Diarienumrets prefix jämförs med det beslutande organet
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "GEN-O-05"

      Exempel:
        | diarienummer | utfall                                                      |
        | SN-2020-4392 | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | KN-2020-4392 | rapporteras ingen anmärkning                                |

  Regel: GBG-D-01 Kommunstyrelsen driver stadens digitaliseringsarbete; stadsövergripande styrande dokument för digitalisering bereds inte av nämnden för Intraservice

    Scenario: Nämnden för Intraservice bereder stadens plan för IT och digitalisering 2021
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att ärendet har beretts av "Nämnden för Intraservice"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-D-01"
      Och anmärkningen hänvisar till "Genom budget 2020"

    Scenario: Kommunstyrelsen bereder stadens plan för IT och digitalisering
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-D-01"
      Och rapporteras inga fel eller varningar
