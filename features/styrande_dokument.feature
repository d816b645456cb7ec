# language: sv
Egenskap: Styrande dokument – vilka dokument som gäller när
  Ett styrande dokument gäller från det antas tills det ersätts. Ett utkast
  bedöms enligt de regler och dokument som gällde på utkastets datum.

  Regel: MAL-T1-01 Ett upphört eller ersatt styrande dokument hänvisas inte till som gällande

    Scenario: Det digitala Malmö som gällande program 2023 underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-T1-01"
      Och anmärkningen hänvisar till "Det digitala Malmö 2017-2022"

    Scenario: Det digitala Malmö som gällande program 2022, medan det gällde, godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2022-06-01
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas
      Så ger regel "MAL-T1-01" ingen anmärkning
      Och utkastet godkänns

    Scenario: Bedömt per ett senare datum gäller regeln även för ett äldre utkast
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2022-06-01
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas per 2023-06-01
      Så ger granskningen fel enligt regel "MAL-T1-01"
