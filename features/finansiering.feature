# language: sv
Egenskap: Finansiering – vem som betalar vad i planen för kommungemensam IT
  Utveckling, förvaltning och drift av kommungemensamma leveranser ska finansieras
  genom kommunbidrag; tillämpningen och effekthemtagningen finansieras av
  respektive nämnd. Så anger stadskontorets tjänsteskrivelse till kommunstyrelsen
  (STK-2023-1044) modellen som gällande. Ett undantag som planen själv anger, som
  licenskostnaden i den verkliga planen för 2024, rapporteras inte; ett undantag
  som inte förklaras gör det. Hur en satsning utanför ramen begärs är stadens
  praxis och ger varningar.

  Regel: MAL-F1-01 Utveckling, förvaltning och drift av kommungemensamma leveranser finansieras genom kommunbidrag

    Scenariomall: Finansieringen av en driftpost
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "<finansiering>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-F1-01"

      Exempel:
        | finansiering     | utfall                                                  |
        | respektive nämnd | rapporteras en anmärkning med allvarlighetsgraden "fel" |
        | kommunbidrag     | rapporteras ingen anmärkning                            |

    Scenario: Licenskostnaden, en driftkostnad som förvaltningarna bär, utan angivet undantag
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har kostnadsslaget "drift"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-F1-01"
      Och anmärkningens källa är "antaget beslut eller styrdokument"

    Scenario: Licenskostnaden med undantaget angivet, som i den verkliga planen för 2024
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har kostnadsslaget "drift"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" anger undantaget "Licenskostnaden ökar för stadens förvaltningar med ca 5 mnkr."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F1-01"
      Och rapporteras inga fel eller varningar

    Scenario: Drift av lokal IT bedöms inte enligt modellen för kommungemensam IT
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har IT-klassen "lokal"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "respektive nämnd"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F1-01"

  Regel: MAL-F1-02 Tillämpningen av leveranserna och effekthemtagningen finansieras av respektive nämnd

    Scenario: Tillämpning som finansieras genom kommunbidrag
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har finansieringen "kommunbidrag"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-F1-02"

    Scenario: Tillämpning som finansieras av respektive nämnd
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har finansieringen "respektive nämnd"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F1-02"
      Och rapporteras inga fel eller varningar

  Regel: MAL-F2-01 En satsning anger om den ryms i IT- och digitaliseringsavdelningens ram; en satsning utanför ramen begärs i servicenämndens budgetskrivelse

    Scenario: En satsning utanför ramen utan äskande
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar äskande
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-F2-01"
      Och anmärkningens källa är "praxis eller mall, inte beslut"

    Scenario: En satsning som inte anger om den ryms i ramen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" saknar uppgift om ramen
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-F2-01"

    Scenario: En satsning utanför ramen med äskande i budgetskrivelsen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har äskandet "Budgetskrivelse 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F2-01"
      Och rapporteras inga fel eller varningar

    Scenario: En satsning som uttryckligen ryms i ramen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" ryms inom ramen
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F2-01"

  Regel: MAL-F3-01 Kommungemensam IT finansieras genom kommunbidrag, inte solidariskt

    Scenario: Solidarisk finansiering av kommungemensam IT efter kommunfullmäktiges beslut
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "solidarisk"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "MAL-F3-01"
      Och anmärkningen hänvisar till "ska finansieras genom kommunbidrag"

    Scenario: Solidarisk finansiering innan riktlinjerna antogs
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2020-06-01
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "solidarisk"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F3-01"
      Och rapporteras inga fel eller varningar

    Scenario: Solidarisk finansiering av domänspecifik IT bedöms inte enligt regeln
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har IT-klassen "domänspecifik"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "solidarisk"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F3-01"

  Regel: MAL-F2-02 En kostnadsökning som förvaltningarna bär anges med belopp

    Scenario: Förvaltningarnas kostnadsökning utan belopp
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" saknar belopp
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "MAL-F2-02"

    Scenario: Förvaltningarnas kostnadsökning med belopp
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "MAL-F2-02"

  Regel: GEN-F4-01 En angiven summa är lika med summan av de poster den omfattar

    Scenariomall: Summan av exakta belopp
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" inte är ett ungefärligt belopp
      Och att summan "IT-säkerhetssatsningar" anges till <summa> mnkr
      När utkastet granskas
      Så <utfall> enligt regel "GEN-F4-01"

      Exempel:
        | summa | utfall                                                      |
        | 9     | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 8     | rapporteras ingen anmärkning                                |

  Regel: GEN-F4-02 En ungefärlig summa (”ca”) stämmer med posterna inom den avrundning som texten själv anger

    Scenariomall: Summan när en post anges till ”ca 5 mnkr”, alltså avrundad till hela miljoner
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att summan "IT-säkerhetssatsningar" anges till <summa> mnkr
      När utkastet granskas
      Så <utfall> enligt regel "GEN-F4-02"

      Exempel:
        | summa | utfall                                                      |
        | 10    | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 8,6   | rapporteras en anmärkning med allvarlighetsgraden "varning" |
        | 8,5   | rapporteras ingen anmärkning                                |
        | 8     | rapporteras ingen anmärkning                                |

  Regel: GEN-F4-03 En summa omfattar bara poster som finns i planen

    Scenario: En summa som räknar med en post som inte finns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att summan "IT-säkerhetssatsningar" också räknar med posten "Ny brandvägg"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-F4-03"
      Och anmärkningens källa är "kvalitetskontroll av dokumentet, inte en riktlinje"

    Scenario: En summa över planens poster
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-F4-03"

  Regel: GBG-F5-01 Varje nämnd ansvarar för sin egen budget; en nämnd lägger inte en kostnad på en annan nämnd

    Scenario: En nämnd lägger kostnaden för sin satsning på en annan nämnd
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" har beslutande organet "Nämnden för Intraservice"
      Och att planens post "Gemensam e-tjänsteplattform" har finansiären "Nämnden för konsument- och medborgarservice"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GBG-F5-01"

    Scenario: Kommunstyrelsen fördelar en kostnad på en nämnd, vilket är budgetmakt
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" har finansiären "Nämnden för Intraservice"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-F5-01"
      Och rapporteras inga fel eller varningar

    Scenario: En kostnad som den beslutande nämnden själv bär
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" har beslutande organet "Nämnden för Intraservice"
      Och att planens post "Gemensam e-tjänsteplattform" har finansiären "Nämnden för Intraservice"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GBG-F5-01"
