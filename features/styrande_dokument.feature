# language: sv
Egenskap: Styrande dokument – vilka dokument som gäller när
  Ett styrande dokument gäller från det antas tills det upphör eller ersätts, och
  de två hålls isär: Det digitala Malmö 2017-2022 har upphört, men det finns inget
  beslut i källorna om när Principer för digitalisering började gälla. Ett utkast
  bedöms enligt de regler och dokument som gällde på utkastets datum. Bara en
  hänvisning till ett dokument som gällande bedöms, inte en historisk omnämning.

  Regel: MAL-T1-01 Det digitala Malmö 2017-2022 har upphört och hänvisas inte till som gällande

    Scenario: Det digitala Malmö som gällande program 2023
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-T1-01"
      Och anmärkningen hänvisar till "gällde till och med 2022-12-31"

    Scenario: Det digitala Malmö nämnt historiskt 2023
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet nämner "Det digitala Malmö 2017-2022" historiskt
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T1-01"
      Och rapporteras inga fel eller varningar

    Scenario: Det digitala Malmö som gällande program 2022, medan det gällde
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2022-06-01
      Och att planåret är 2023
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T1-01"
      Och rapporteras inga fel eller varningar

    Scenario: Bedömt per ett senare datum gäller regeln även för ett äldre utkast
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2022-06-01
      Och att utkastet hänvisar till "Det digitala Malmö 2017-2022" som gällande
      När utkastet granskas per 2023-06-01
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-T1-01"

  Regel: MAL-T1-02 Förslag till reviderade eller nya program för digitalisering tas fram av servicenämnden

    Scenario: Kulturnämnden bereder principer för digitalisering
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är av typen "principer" med rubriken "Principer för digitalisering"
      Och att ärendet har beretts av "Kulturnämnden"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-T1-02"

    Scenario: Servicenämnden bereder principer för digitalisering, som i SN-2023-514
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är av typen "principer" med rubriken "Principer för digitalisering"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T1-02"

  Regel: MAL-T2-01 IT-strategin (2007) skulle enligt uppdraget ersättas av riktlinjerna; den hänvisas inte till som gällande utan kontroll

    Scenario: IT-strategin som gällande efter att riktlinjerna antogs
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "IT-strategi 2007" som gällande
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-T2-01"
      Och anmärkningen hänvisar till "Riktlinjer för IT och digitalisering"
      Och anmärkningens källa är "förslag, inte beslut"

    Scenario: IT-strategin som gällande innan riktlinjerna antogs
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att utkastet hänvisar till "IT-strategi 2007" som gällande
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T2-01"

    Scenario: Bredbandspolicyn ersattes inte av riktlinjerna enligt källorna
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Bredbandspolicy" som gällande
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T2-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-T3-01 Ett styrande dokument citeras med det beslut som antog det

    Scenario: Riktlinjerna citerade med ett diarienummer, som i SN-2023-514
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet inte hänvisar till några styrande dokument
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "SN-2021-692"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-T3-01"
      Och anmärkningen hänvisar till "KF 2021-03-31 § 100"

    Scenario: Riktlinjerna citerade med kommunfullmäktiges beslut
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet inte hänvisar till några styrande dokument
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 §100"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T3-01"
      Och rapporteras inga fel eller varningar

  Regel: MAL-T3-02 Ett styrande dokument citeras på samma sätt genom hela ärendet

    Scenario: Samma riktlinjer citerade med två olika beslut
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 § 101"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-T3-02"

    Scenario: Samma riktlinjer citerade två gånger med samma beslut
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att utkastet hänvisar till "Riktlinjer för IT och digitalisering" med beslut "KF 2021-03-31 § 100"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-T3-02"

  Regel: GEN-T4-01 En milstolpe anges med samma datum överallt i ärendet

    Scenario: Samma milstolpe med två datum, som juni och maj 2019 i projektdirektivet
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att milstolpen "Riktlinjerna antagna av kommunfullmäktige" också anges till 2021-05-31
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-T4-01"

    Scenario: Samma milstolpe upprepad med samma datum
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att milstolpen "Riktlinjerna antagna av kommunfullmäktige" också anges till 2021-03-31
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-T4-01"
