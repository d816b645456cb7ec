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
