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
