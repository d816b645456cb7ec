# language: sv
Egenskap: Tjänsteutlåtandets form i Stockholms stad
  Stockholms stads tjänsteutlåtanden inleds med förvaltningens förslag till beslut, anger
  handläggare eller kontaktperson och vilken nämnd de går till, och har en sammanfattning.
  Det är stadens mall och praxis, inte ett antaget beslut: avvikelser rapporteras som varningar.

  Regel: STH-A-01 Ett tjänsteutlåtande i Stockholms stad har ett förslag till beslut

    Scenario: Ett tjänsteutlåtande utan förslag till beslut
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      Och att utkastet saknar förslag till beslut
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "STH-A-01"

    Scenario: Utbildningsförvaltningens tjänsteutlåtande har förslag till beslut
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "STH-A-01"

  Regel: STH-A-02 Ett tjänsteutlåtande i Stockholms stad anger handläggare eller kontaktperson

    Scenario: Ett tjänsteutlåtande utan handläggare
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      Och att utkastet saknar handläggare
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "STH-A-02"

    Scenario: Utbildningsförvaltningens tjänsteutlåtande anger handläggare
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "STH-A-02"

  Regel: STH-A-03 Ett tjänsteutlåtande i Stockholms stad anger vilken nämnd det går till

    Scenario: Ett tjänsteutlåtande som inte anger nämnd
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      Och att utkastet saknar beslutande organ
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "STH-A-03"

    Scenario: Utbildningsförvaltningens tjänsteutlåtande går till utbildningsnämnden
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "STH-A-03"

  Regel: STH-A-04 Ett tjänsteutlåtande i Stockholms stad har en sammanfattning

    Scenario: Ett tjänsteutlåtande utan sammanfattning
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      Och att utkastet saknar sammanfattning
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "STH-A-04"

    Scenario: Utbildningsförvaltningens tjänsteutlåtande har en sammanfattning
      Givet exemplet "utbildningsförvaltningens tjänsteutlåtande 2019"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "STH-A-04"
