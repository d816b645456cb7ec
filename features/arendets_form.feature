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
