# language: sv
Egenskap: Kommunallagen och MBL – det lagen gör uppenbart för ärendet
  Lagen gäller alla kommuner. Ett ärende som fullmäktige avgör ska ha beretts av
  en nämnd (kommunallagen 5 kap. 26 §), och styrelsen ska få yttra sig (28 §).
  Vissa ärenden får inte delegeras (6 kap. 38 §). En nämnd delegerar bara till
  presidiet, ett utskott, en ledamot, en ersättare eller en anställd (6 kap. 37 §,
  7 kap. 5 §), och delegerade beslut anmäls i den utsträckning nämnden har
  bestämt (6 kap. 40 §, 7 kap. 8 §). Före en viktigare förändring förhandlar
  arbetsgivaren med de fackliga organisationerna (MBL 11 §). Där lagen lämnar en
  bedömning som utkastet inte kan visa ger regeln en varning, inte ett fel.

  Regel: GEN-KL-01 Ett ärende som fullmäktige avgör har beretts av en nämnd

    Scenario: Riktlinjer som fullmäktige avgör utan beredning i någon nämnd
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet beslutas av "Kommunfullmäktige"
      Och att förslaget till beslut lyder "Kommunfullmäktige antar riktlinjerna."
      Och att beslutsplaneringen är:
        | organ             | steg        | datum      |
        | Kommunfullmäktige | sammanträde | 2021-03-31 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-KL-01"
      Och anmärkningen hänvisar till "Kommunallagen (2017:725) 5 kap. 26 §"
      Och anmärkningens källa är "lag"

    Scenario: Riktlinjer som kommunstyrelsen bereder åt fullmäktige
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-01"
      Och rapporteras inga fel eller varningar

    Scenario: Ett utlåtande där kommunstyrelsen föreslår fullmäktige beslutet
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet beslutas av "Kommunfullmäktige"
      Och att beslutsplaneringen är:
        | organ             | steg        | datum      |
        | Kommunfullmäktige | sammanträde | 2021-03-31 |
      Och att förslaget till beslut lyder "Kommunstyrelsen föreslår att kommunfullmäktige antar riktlinjerna."
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-01"

  Regel: GEN-KL-06 Styrelsen får yttra sig i ett fullmäktigeärende som en annan nämnd har berett

    Scenario: Servicenämnden bereder ett fullmäktigeärende utan att kommunstyrelsen finns i beslutsplaneringen
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet beslutas av "Servicenämnden"
      Och att förslaget till beslut lyder "Servicenämnden föreslår kommunfullmäktige att anta riktlinjerna."
      Och att diarienumret är "SN-2021-77"
      Och att beslutsplaneringen är:
        | organ          | steg        | datum      |
        | Servicenämnden | sammanträde | 2021-03-10 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-KL-06"

    Scenario: Servicenämnden bereder ett fullmäktigeärende som sedan passerar kommunstyrelsen
      Givet exemplet "kommunstyrelsens riktlinjer 2021"
      Och att ärendet beslutas av "Servicenämnden"
      Och att förslaget till beslut lyder "Servicenämnden föreslår kommunfullmäktige att anta riktlinjerna."
      Och att diarienumret är "SN-2021-77"
      Och att beslutsplaneringen är:
        | organ           | steg        | datum      |
        | Servicenämnden  | sammanträde | 2021-02-24 |
        | Kommunstyrelsen | sammanträde | 2021-03-10 |
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-06"

  Regel: GEN-KL-02 Ett ärende om verksamhetens mål eller inriktning beslutas inte på delegation

    Scenario: Servicenämndens arbetsutskott beslutar om utvecklingsplanen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      Och att ärendet beslutas av "Servicenämndens arbetsutskott"
      Och att beslutsplaneringen är:
        | organ          | steg                | datum      |
        | Servicenämnden | ordförandeberedning | 2023-05-30 |
        | Servicenämnden | arbetsutskott       | 2023-06-08 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GEN-KL-02"
      Och anmärkningen hänvisar till "Kommunallagen (2017:725) 6 kap. 38 §"

    Scenario: Servicenämnden beslutar själv om utvecklingsplanen
      Givet exemplet "servicenämndens utvecklingsplan 2024"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-02"

  Regel: GEN-KL-03 En framställning eller ett yttrande till fullmäktige beslutas inte på delegation

    Scenario: Nämndens arbetsutskott beslutar ett yttrande till fullmäktige
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissen kommer från "Kommunfullmäktige"
      Och att beslutet skickas till "Kommunfullmäktige"
      Och att ärendet beslutas av "Kulturnämndens arbetsutskott"
      Och att beslutsplaneringen är:
        | organ         | steg                | datum      |
        | Kulturnämnden | ordförandeberedning | 2020-11-24 |
        | Kulturnämnden | arbetsutskott       | 2020-12-03 |
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GEN-KL-03"
      Och rapporteras ingen anmärkning enligt regel "MAL-D4-03"

    Scenario: Nämnden beslutar själv sitt yttrande till fullmäktige
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att remissen kommer från "Kommunfullmäktige"
      Och att beslutet skickas till "Kommunfullmäktige"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-03"
      Och rapporteras inga fel eller varningar

    Scenario: Ett utskott som beslutar ett remissvar till kommunstyrelsen bryter inte mot förbudet
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet beslutas av "Kulturnämndens arbetsutskott"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-03"

  Regel: GEN-KL-04 Bara nämnden, dess utskott, presidium, ledamöter eller anställda kan besluta i nämndens ärende

    Scenario: Stadens ledningsgrupp anges som beslutande
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet beslutas av "Stadens ledningsgrupp"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "fel" enligt regel "GEN-KL-04"

    Scenario: Nämndens arbetsutskott kan få beslutanderätt på delegation
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet beslutas av "Servicenämndens arbetsutskott"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-04"

  Regel: GEN-KL-05 Ett beslut på delegation anmäls till nämnden i den utsträckning nämnden har bestämt

    Scenario: Ett beslut på delegation som inte anges anmälas
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet beslutas av "SN:s arbetsutskott"
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-KL-05"
      Och anmärkningen hänvisar till "anmäls till Servicenämnden"

    Scenario: Ett beslut på delegation som anmäls till nämnden
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet beslutas av "SN:s arbetsutskott"
      Och att beslutet anmäls till "Servicenämnden"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-KL-05"
      Och rapporteras inga fel eller varningar

  Regel: GEN-S7-01 Före en organisationsförändring förhandlar arbetsgivaren med de fackliga organisationerna; ärendet anger det

    Scenario: Ett organisationsärende utan uppgift om förhandling eller information
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      Och att utkastet saknar uppgift om facklig samverkan
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-S7-01"
      Och anmärkningen hänvisar till "Lagen (1976:580) om medbestämmande i arbetslivet 11 §"

    Scenario: Ett organisationsärende i Malmö utan uppgift om förhandling eller information
      Givet exemplet "servicenämndens uppföljning 2024"
      Och att ärendet gäller en organisationsförändring
      När utkastet granskas
      Så rapporteras en anmärkning med allvarlighetsgraden "varning" enligt regel "GEN-S7-01"

    Scenario: Ett organisationsärende där den centrala samverkansgruppen har informerats
      Givet exemplet "stadsledningskontorets tjänsteutlåtande 2020"
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-S7-01"
      Och rapporteras inga fel eller varningar

    Scenario: Ett remissvar om en annan nämnds organisationsförslag är inte arbetsgivarens beslut
      Givet exemplet "kulturnämndens remissvar 2020"
      Och att ärendet gäller en organisationsförändring
      När utkastet granskas
      Så rapporteras ingen anmärkning enligt regel "GEN-S7-01"
