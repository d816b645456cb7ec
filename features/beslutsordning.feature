# language: sv
Egenskap: Beslutsordning – vem som bereder och vem som beslutar
  Ett ärende ska beslutas av rätt organ, beredas av rätt nämnd och passera
  beredningsstegen i rätt ordning innan det beslutas. En förvaltning bereder
  och lämnar förslag men beslutar aldrig i nämndens ärende.

  Regel: MAL-D1-01 Utvecklingsplanen för kommungemensam IT beslutas av kommunstyrelsen

    Scenario: En utvecklingsplan som servicenämnden själv beslutar underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet slutligt beslutas av "Servicenämnden"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D1-01"
      Och anmärkningen hänvisar till "KF 2021-03-31 § 100"

    Scenario: En utvecklingsplan som går vidare till kommunstyrelsen för beslut godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så ger regel "MAL-D1-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D1-02 Utvecklingsplanen bereds av servicenämnden

    Scenario: En utvecklingsplan som beretts av en annan nämnd underkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att planen har beretts av "Kulturnämnden"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D1-02"

    Scenario: En utvecklingsplan som beretts av servicenämnden godkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att planen har beretts av "Servicenämnden"
      När utkastet granskas
      Så ger regel "MAL-D1-02" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D4-01 Ett remissvar beslutas senast sista svarsdag

    Scenariomall: Remissvarets sista sammanträde jämförs med sista svarsdag
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissen ska vara besvarad senast <svarsdag>
      När utkastet granskas
      Så <utfall> enligt regel "MAL-D4-01"

      Exempel:
        | svarsdag   | utfall                     |
        | 2020-12-10 | ger granskningen fel       |
        | 2020-12-15 | ger granskningen fel       |
        | 2020-12-16 | ger granskningen ingen anmärkning |
        | 2020-12-31 | ger granskningen ingen anmärkning |

  Regel: MAL-D4-02 Beslutet om ett remissvar skickas till den som skickade remissen

    Scenario: Ett remissvar som inte skickas till remittenten underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att beslutet skickas till "Kulturförvaltningen"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D4-02"

    Scenario: Ett remissvar som skickas till stadskontoret och fler godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att beslutet skickas till "Stadskontoret och Kulturförvaltningen"
      När utkastet granskas
      Så ger regel "MAL-D4-02" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D4-03 Ett remissvar beslutas av nämnden, inte av förvaltningen

    Scenario: Ett remissvar som förvaltningen beslutar underkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "Kulturförvaltningen"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D4-03"

    Scenario: Ett remissvar som nämnden beslutar godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "Kulturnämnden"
      När utkastet granskas
      Så ger regel "MAL-D4-03" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D5-01 Beslutsplaneringens sammanträden ligger i tidsordning

    Scenario: En beslutsplanering där ett senare steg har ett tidigare datum underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-06-08 |
        | Servicenämnden | arbetsutskott       | 2023-05-30 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D5-01"

    Scenario: En beslutsplanering med stigande datum godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-05-30 |
        | Servicenämnden | arbetsutskott       | 2023-06-08 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så ger regel "MAL-D5-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D5-02 Beredningen sker i ordningen ärendeberedning, ordförandeberedning, arbetsutskott, nämnd

    Scenario: Ordförandeberedning efter arbetsutskottet underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | arbetsutskott       | 2023-05-30 |
        | Servicenämnden | ordförandeberedning | 2023-06-08 |
        | Servicenämnden | sammanträde         | 2023-06-20 |
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D5-02"

    Scenario: Förvaltningens ärendeberedning före nämndens steg godkänns
      Givet exemplet "kulturnämndens remissvar 2020"
      När utkastet granskas
      Så ger regel "MAL-D5-02" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D5-03 Beslutsplaneringen slutar med det beslutande organets sammanträde

    Scenario: En beslutsplanering som slutar i arbetsutskottet underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-05-30 |
        | Servicenämnden | arbetsutskott       | 2023-06-08 |
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D5-03"

    Scenario: En beslutsplanering som slutar hos nämnden godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-D5-03" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D5-04 Ett ärende till kommunstyrelsen passerar först kommunstyrelsens arbetsutskott

    Scenario: Ett ärende som går direkt till kommunstyrelsen underkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ           | steg        | datum      |
        | Kommunstyrelsen | sammanträde | 2023-10-18 |
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D5-04"

    Scenario: Ett ärende som passerar kommunstyrelsens arbetsutskott godkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att beslutsplaneringen är:
        | organ                          | steg        | datum      |
        | Kommunstyrelsens arbetsutskott | sammanträde | 2023-10-09 |
        | Kommunstyrelsen                | sammanträde | 2023-10-18 |
      När utkastet granskas
      Så ger regel "MAL-D5-04" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-A-07 En förvaltning beslutar inte i nämndens eller styrelsens ärende

    Scenario: Stadskontoret som beslutande organ underkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Stadskontoret"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-A-07"

    Scenario: Kommunstyrelsen som beslutande organ godkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så ger regel "MAL-A-07" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D2-01 Utvecklingsplanen bereds varje år och anger vilket år den gäller

    Scenario: En utvecklingsplan utan planår underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet saknar planår
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D2-01"

    Scenario: En utvecklingsplan för 2024 godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-D2-01" ingen anmärkning

  Regel: MAL-D3-01 Riktlinjer och policyer antas av kommunfullmäktige

    Scenario: Riktlinjer som kommunstyrelsen själv antar underkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet slutligt beslutas av "Kommunstyrelsen"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D3-01"
      Och anmärkningen hänvisar till "Kommunallagen (2017:725) 5 kap. 1 §"

    Scenario: Riktlinjer som kommunfullmäktige antar godkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      När utkastet granskas
      Så ger regel "MAL-D3-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-D3-02 Förslag till riktlinjer går på remiss till nämnderna

    Scenario: Riktlinjer som inte har remitterats underkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet saknar remissinstanser
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-D3-02"

    Scenario: Riktlinjer som har remitterats till nämnderna godkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      När utkastet granskas
      Så ger regel "MAL-D3-02" ingen anmärkning

  Regel: MAL-D6-01 Varje satsning i planen anger vem som beslutar om den

    Scenario: En satsning utan beslutande organ får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar beslutande organ
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-D6-01"

    Scenario: En satsning som servicenämnden beslutar godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-D6-01" ingen anmärkning

  Regel: MAL-D6-02 En satsning som ändrar budgetramen beslutas av kommunfullmäktige

    Scenariomall: Vem som beslutar om en satsning som ändrar budgetramen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" ändrar budgetramen
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har beslutande organet "<organ>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-D6-02"

      Exempel:
        | organ             | utfall                            |
        | Servicenämnden    | ger granskningen fel              |
        | Kommunstyrelsen   | ger granskningen fel              |
        | Kommunfullmäktige | ger granskningen ingen anmärkning |

  Regel: GEN-O-01 Det beslutande organet är ett organ i kommunen, rätt stavat

    Scenario: Ett felstavat beslutande organ underkänns med förslag på rätt namn
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Kommunstyrelsn"
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-O-01"
      Och anmärkningen hänvisar till "menade du Kommunstyrelsen?"

    Scenariomall: Förkortningar och fullständiga namn godtas
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "<organ>"
      När utkastet granskas
      Så ger regel "GEN-O-01" ingen anmärkning

      Exempel:
        | organ           |
        | Kommunstyrelsen |
        | KS              |

  Regel: GEN-O-02 Det beslutande organet finns i kommunens organisation

    Scenario: Ett organ som inte finns i kommunens organisation underkänns
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      Och att ärendet beslutas av "Regionstyrelsen"
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-O-02"

    Scenario: Kommunstyrelsen finns i kommunens organisation
      Givet exemplet "kommunstyrelsens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "GEN-O-02" ingen anmärkning

  Regel: GEN-O-03 Beslutsplaneringen nämner organ rätt stavade

    Scenario: Servicenämnden felstavad som i SN-2023-514 får en varning med förslag
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringens steg 3 hålls av "Serviceämnden"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-O-03"
      Och anmärkningen hänvisar till "menade du Servicenämnden?"

    Scenario: Rätt stavade organ i beslutsplaneringen godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "GEN-O-03" ingen anmärkning

  Regel: GEN-O-04 Beslutsplaneringen nämner bara organ i kommunen

    Scenario: Ett okänt organ i beslutsplaneringen får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att beslutsplaneringens steg 1 hålls av "Regionstyrelsen"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GEN-O-04"

    Scenario: Kända organ i beslutsplaneringen godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "GEN-O-04" ingen anmärkning

  Regel: GEN-O-05 Diarienumret hör till det organ som handlägger ärendet

    Scenariomall: Diarienumrets prefix jämförs med det beslutande organet
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att diarienumret är "<diarienummer>"
      När utkastet granskas
      Så <utfall> enligt regel "GEN-O-05"

      Exempel:
        | diarienummer | utfall                            |
        | SN-2020-4392 | ger granskningen en varning       |
        | KN-2020-4392 | ger granskningen ingen anmärkning |
