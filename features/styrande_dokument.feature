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

  Regel: MAL-T2-01 IT-strategin och Bredbandspolicyn har ersatts av riktlinjerna

    Scenario: IT-strategin som gällande efter kommunfullmäktiges beslut 2021 underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "IT-strategi 2007" som gällande
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-T2-01"
      Och anmärkningen hänvisar till "Riktlinjer för IT och digitalisering"

    Scenario: IT-strategin som gällande innan riktlinjerna antogs godkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet hänvisar till "IT-strategi 2007" som gällande
      När utkastet granskas
      Så ger regel "MAL-T2-01" ingen anmärkning

  Regel: MAL-T3-01 Ett styrande dokument citeras med det beslut som antog det

    Scenario: Riktlinjerna citerade med ett diarienummer, som i SN-2023-514, underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet inte hänvisar till några styrande dokument
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "SN-2021-692"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-T3-01"
      Och anmärkningen hänvisar till "KF 2021-03-31 § 100"

    Scenario: Riktlinjerna citerade med kommunfullmäktiges beslut godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet inte hänvisar till några styrande dokument
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 §100"
      När utkastet granskas
      Så ger regel "MAL-T3-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-T3-02 Ett styrande dokument citeras på samma sätt genom hela ärendet

    Scenario: Samma riktlinjer citerade med två olika beslut underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 § 101"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-T3-02"

    Scenario: Samma riktlinjer citerade två gånger med samma beslut godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 § 100"
      När utkastet granskas
      Så ger regel "MAL-T3-02" ingen anmärkning

  Regel: GEN-T4-01 En milstolpe har samma datum överallt i ärendet

    Scenario: Samma milstolpe med två datum, som juni och maj 2019 i projektdirektivet, underkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att milstolpen "Riktlinjerna antagna av kommunfullmäktige" också anges till 2021-05-31
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-T4-01"

    Scenario: Samma milstolpe upprepad med samma datum godkänns
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att milstolpen "Riktlinjerna antagna av kommunfullmäktige" också anges till 2021-03-31
      När utkastet granskas
      Så ger regel "GEN-T4-01" ingen anmärkning
