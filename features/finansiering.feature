# language: sv
Egenskap: Finansiering – vem som betalar vad i planen för kommungemensam IT
  Utveckling, förvaltning och drift av kommungemensamma leveranser finansieras
  genom kommunbidrag till servicenämnden. Tillämpningen och effekthemtagningen
  finansieras av respektive nämnd. Satsningar utanför ramen begärs i
  servicenämndens budgetskrivelse.

  Regel: MAL-F1-01 Utveckling, förvaltning och drift finansieras genom kommunbidrag

    Scenariomall: Finansieringen av en driftpost
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "<finansiering>"
      När utkastet granskas
      Så <utfall> enligt regel "MAL-F1-01"

      Exempel:
        | finansiering     | utfall                            |
        | respektive nämnd | ger granskningen fel              |
        | kommunbidrag     | ger granskningen ingen anmärkning |

  Regel: MAL-F1-02 Tillämpningen finansieras av respektive nämnd

    Scenario: Tillämpning som finansieras genom kommunbidrag underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har finansieringen "kommunbidrag"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-F1-02"

    Scenario: Tillämpning som finansieras av respektive nämnd godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" har finansieringen "respektive nämnd"
      När utkastet granskas
      Så ger regel "MAL-F1-02" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-F2-01 En satsning utanför ramen begärs i budgetskrivelsen

    Scenario: En satsning utanför ramen utan äskande underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" saknar äskande
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-F2-01"

    Scenario: En satsning utanför ramen med äskande i budgetskrivelsen godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har äskandet "Budgetskrivelse 2024"
      När utkastet granskas
      Så ger regel "MAL-F2-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-F3-01 Kommungemensam IT finansieras inte längre solidariskt

    Scenario: Solidarisk finansiering i en plan efter kommunfullmäktiges beslut underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "solidarisk"
      När utkastet granskas
      Så ger granskningen fel enligt regel "MAL-F3-01"
      Och anmärkningen hänvisar till "solidariska finansieringen"

    Scenario: Solidarisk finansiering innan riktlinjerna antogs är inget fel enligt regeln
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet är daterat 2020-06-01
      Och att planens post "Operativ säkerhetsförmåga dygnet runt" har finansieringen "solidarisk"
      När utkastet granskas
      Så ger regel "MAL-F3-01" ingen anmärkning
      Och utkastet godkänns

  Regel: MAL-F2-02 En kostnadsökning som förvaltningarna bär anges med belopp

    Scenario: Förvaltningarnas kostnadsökning utan belopp får en varning
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" saknar belopp
      När utkastet granskas
      Så ger granskningen en varning enligt regel "MAL-F2-02"

    Scenario: Förvaltningarnas kostnadsökning med belopp godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "MAL-F2-02" ingen anmärkning

  Regel: GEN-F4-01 En angiven summa är lika med summan av posterna

    Scenariomall: Summan av exakta belopp
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att planens post "Programvara för ökad säkerhet på stadens digitala enheter" inte är ett ungefärligt belopp
      Och att summan "IT-säkerhetssatsningar" anges till <summa> mnkr
      När utkastet granskas
      Så <utfall> enligt regel "GEN-F4-01"

      Exempel:
        | summa | utfall                            |
        | 9     | ger granskningen fel              |
        | 8     | ger granskningen ingen anmärkning |

  Regel: GEN-F4-02 En ungefärlig summa avviker högst tio procent från posterna

    Scenariomall: Summan när en post anges till ”ca 5 mnkr”
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att summan "IT-säkerhetssatsningar" anges till <summa> mnkr
      När utkastet granskas
      Så <utfall> enligt regel "GEN-F4-02"

      Exempel:
        | summa | utfall                            |
        | 10    | ger granskningen fel              |
        | 8,5   | ger granskningen ingen anmärkning |
        | 8     | ger granskningen ingen anmärkning |

  Regel: GEN-F4-03 En summa omfattar bara poster som finns i planen

    Scenario: En summa som räknar med en post som inte finns underkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att summan "IT-säkerhetssatsningar" också räknar med posten "Ny brandvägg"
      När utkastet granskas
      Så ger granskningen fel enligt regel "GEN-F4-03"

    Scenario: En summa över planens poster godkänns
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så ger regel "GEN-F4-03" ingen anmärkning

  Regel: GBG-F5-01 Varje nämnd ansvarar för sin egen budget

    Scenario: En kostnad som läggs på en annan nämnd får en varning
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      Och att planens post "Gemensam e-tjänsteplattform" har finansiären "Nämnden för Intraservice"
      När utkastet granskas
      Så ger granskningen en varning enligt regel "GBG-F5-01"

    Scenario: En kostnad som det beslutande organet självt bär godkänns
      Givet exemplet "Göteborgs plan för IT och digitalisering 2021"
      När utkastet granskas
      Så ger regel "GBG-F5-01" ingen anmärkning
      Och utkastet godkänns
