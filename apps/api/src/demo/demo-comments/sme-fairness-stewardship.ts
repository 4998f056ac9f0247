import type { DemoDiscussion } from './demo-comment';

/** On the suggestions behind the eighth to tenth commandments: the MKB, balance, stewardship. */
export const SME_FAIRNESS_STEWARDSHIP_COMMENTS: readonly DemoDiscussion[] = [
  {
    target: { suggestion: 'Onderscheid multinationals van het MKB' },
    comments: [
      {
        author: 1,
        alignment: 'IN_FAVOR',
        body: 'Voor een aanbesteding van een schoolgebouw moest ik drie referentieprojecten van boven de vijf miljoen laten zien. Die heeft geen enkele lokale aannemer. Zo gaat het werk altijd naar dezelfde vijf grote bouwers.',
        votes: [17, 0],
        replies: [
          {
            author: 7,
            alignment: 'IN_FAVOR',
            body: 'Dit is de kern van mijn suggestie. De eisen zijn bedoeld om risico te beperken, maar ze sluiten het mkb uit. Knip opdrachten op in percelen en stel eisen die passen bij de omvang.',
            votes: [9, 0],
          },
          {
            author: 96,
            alignment: 'NEUTRAL',
            body: 'Combinaties van kleine aannemers worden vaak ook niet serieus genomen. Terwijl we samen prima een school kunnen bouwen.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 71,
        alignment: 'NEUTRAL',
        body: '60 miljard per jaar is een mooi getal, maar waar komt het vandaan? De totale inkoop van de overheid ligt rond de 70 à 80 miljard en een groot deel gaat al naar het mkb. Ik hoor graag de onderbouwing.',
        votes: [8, 1],
        replies: [
          {
            author: 7,
            alignment: 'NEUTRAL',
            body: 'Het getal komt uit de presentatie van het Kabinet van Vernieuwing en is bedoeld als ambitie, niet als rekensom. Het punt is dat een veel groter deel rechtstreeks bij het mkb terecht moet komen, niet via onderaanneming.',
          },
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'En via onderaanneming verdient het mkb er vaak veel minder aan: de hoofdaannemer pakt zijn marge en de betaaltermijnen worden doorgeschoven.',
            votes: [6, 0],
          },
        ],
      },
      {
        author: 14,
        alignment: 'IN_FAVOR',
        body: 'Een experimenteerzone zou ik meteen gebruiken. Ik wil verpakkingsvrij verzenden proberen, maar ik loop vast op regels voor etikettering die voor grote ketens zijn geschreven.',
        votes: [5, 0],
      },
      {
        author: 170,
        alignment: 'AGAINST',
        body: 'Apart beleid voor het mkb maakt de regels nog ingewikkelder. Straks moet je bewijzen dat je mkb bent, en blijven bedrijven expres klein om onder de regeling te vallen.',
        votes: [6, 3],
        replies: [
          {
            author: 7,
            alignment: 'NEUTRAL',
            body: 'Dat risico bestaat bij elke grens. Maar de grens ligt er nu ook al, alleen andersom: de regels passen bij grote bedrijven en kleine moeten zich maar aanpassen.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 5,
        alignment: 'IN_FAVOR',
        body: 'Betaal ons dan ook op tijd. Multinationals hanteren betaaltermijnen van 90 of 120 dagen en wij zijn in feite hun bank.',
        votes: [14, 0],
        replies: [
          {
            author: 239,
            alignment: 'IN_FAVOR',
            body: 'Zelfde verhaal hier. Zo’n grote verlader betaalt na vier maanden en als je klaagt, zoeken ze een andere vervoerder.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 46,
        alignment: 'IN_FAVOR',
        body: 'ICT-aanbestedingen van de overheid zijn bijna altijd miljoenenprojecten die naar dezelfde drie partijen gaan en vaak mislukken. Kleinere opdrachten aan kleinere bureaus zouden beter en goedkoper zijn.',
        votes: [11, 1],
      },
      {
        author: 37,
        alignment: 'AGAINST',
        body: 'Als toeleverancier van een multinational zeg ik: pas op met het tegen elkaar uitspelen. Veel mkb-bedrijven bestaan dankzij die grote klanten. Zet de multinationals niet neer als de vijand.',
        votes: [9, 2],
        replies: [
          {
            author: 7,
            alignment: 'IN_FAVOR',
            body: 'Helemaal mee eens, dat is ook niet de bedoeling. Onderscheiden is iets anders dan tegenover elkaar zetten. Ik werk zelf ook voor een paar grote klanten.',
          },
        ],
      },
      {
        author: 193,
        alignment: 'IN_FAVOR',
        body: 'Voedselveiligheidsregels zijn gemaakt voor fabrieken met duizend man. Voor een kleine producent zijn dezelfde controles en registraties onevenredig duur.',
        votes: [7, 0],
      },
      {
        author: 8,
        alignment: 'NEUTRAL',
        body: 'In de fiscaliteit is het onderscheid er al deels: de mkb-winstvrijstelling, de kleineondernemersregeling. Maar multinationals betalen effectief vaak minder belasting dan een bakker op de hoek. Daar zit het echte onevenwicht.',
        votes: [15, 1],
        replies: [
          {
            author: 11,
            alignment: 'IN_FAVOR',
            body: 'Als bakker op de hoek kan ik dit alleen maar onderschrijven 😉',
            votes: [8, 0],
          },
        ],
      },
      {
        author: 120,
        alignment: 'IN_FAVOR',
        body: 'Lokale ondernemers zijn de gemeenschap. Wij sponsoren de voetbalclub en de braderie. De multinational komt niet naar de ledenvergadering.',
      },
      {
        author: 224,
        alignment: 'NEUTRAL',
        body: 'Hoe zie je die experimenteerzone voor je? Geldt die voor een sector, een regio of een bedrijf? En wie beoordeelt of een experiment is geslaagd?',
        votes: [4, 0],
      },
      {
        author: 168,
        alignment: 'AGAINST',
        body: 'Ik twijfel aan ‘met lef bestellen’. Overheidsinkopers die lef tonen en het loopt mis, staan daarna voor de Kamer. Zolang dat zo blijft, verandert er niets, hoe mooi het gebod ook is.',
        votes: [7, 1],
      },
      {
        author: 195,
        alignment: 'IN_FAVOR',
        body: 'Less paperwork for small firms would already be a revolution. I spend one day a week on forms that a big company has a whole department for.',
        votes: [6, 0],
      },
      {
        author: 15,
        alignment: 'IN_FAVOR',
        body: 'Doe ook iets aan de raamcontracten. Als een ministerie voor vier jaar alles bij één partij koopt, zijn wij vier jaar lang kansloos.',
        votes: [8, 0],
      },
      {
        author: 103,
        alignment: 'NEUTRAL',
        body: 'Is er ergens een overzicht van welke regels specifiek voor het mkb knellen? Dan kunnen we daar gericht op inzetten in plaats van in het algemeen ‘minder regels’ te roepen.',
        replies: [
          {
            author: 7,
            alignment: 'IN_FAVOR',
            body: 'Goed idee. Misschien kan dit platform dat verzamelen: elke regel die knelt, met een voorbeeld erbij.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 228,
        alignment: 'IN_FAVOR',
        body: 'Hosting van overheidsdata gaat bijna altijd naar Amerikaanse cloudbedrijven. Er zijn prima Nederlandse mkb-hosters. Bestel eens bij ons, dan blijft de data ook hier.',
        votes: [7, 1],
      },
    ],
  },
  {
    target: { suggestion: 'Zoek naar evenwicht' },
    comments: [
      {
        author: 43,
        alignment: 'IN_FAVOR',
        body: 'Ik verdien als vrouwelijke ondernemer aantoonbaar minder per opdracht dan mannelijke collega’s met dezelfde ervaring. Het gaat niet alleen om lonen in loondienst.',
        votes: [9, 2],
        replies: [
          {
            author: 4,
            alignment: 'IN_FAVOR',
            body: 'Dank voor het delen. Bij financiering speelt het ook: vrouwelijke ondernemers krijgen minder vaak en minder krediet.',
            votes: [5, 1],
          },
          {
            author: 56,
            alignment: 'NEUTRAL',
            body: 'Is dat gemeten of een gevoel? Ik vraag het serieus: als er goed onderzoek naar is, wil ik het graag lezen.',
          },
          {
            author: 43,
            alignment: 'NEUTRAL',
            body: 'Gemeten bij mijzelf over tien jaar offertes, en er is onderzoek van het CBS naar de inkomensverschillen onder zelfstandigen. Maar voor een compleet beeld is meer nodig, eens.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: 'Dit zijn vier heel verschillende onderwerpen in één gebod. Man/vrouw, loon/prestatie, eerlijke ruil en bonussen vragen elk om iets anders. Zo wordt het een gemeenplaats waar iedereen het mee eens is en niemand iets mee doet.',
        votes: [10, 2],
        replies: [
          {
            author: 4,
            alignment: 'NEUTRAL',
            body: 'Dat is terecht. De gemeenschappelijke draad is voor mij: beloning die los is komen te staan van wat iemand bijdraagt. Maar het mag scherper, daar heb je gelijk in.',
          },
        ],
      },
      {
        author: 28,
        alignment: 'IN_FAVOR',
        body: 'Bonussen bij banken terwijl mijn kaartbetalingen steeds duurder worden. Daar begint voor mij het onevenwicht.',
        votes: [8, 1],
      },
      {
        author: 80,
        alignment: 'IN_FAVOR',
        body: 'Schoonmakers werken ’s nachts of heel vroeg, voor een minimumloon, en worden door opdrachtgevers behandeld als een kostenpost. Eerlijke ruil zou beginnen met een eerlijke prijs voor hun werk.',
        votes: [11, 0],
        replies: [
          {
            author: 151,
            alignment: 'IN_FAVOR',
            body: 'Als collega kan ik het alleen maar beamen. De opdrachtgever vraagt elk jaar korting en wij kunnen het alleen nog halen door te snijden in de uren.',
          },
        ],
      },
      {
        author: 193,
        alignment: 'AGAINST',
        body: 'De overheid moet zich niet bemoeien met wat een ondernemer zijn mensen betaalt, zolang het boven het minimumloon is en de cao wordt gevolgd. Evenwicht ontstaat vanzelf op een krappe arbeidsmarkt.',
        votes: [5, 4],
      },
      {
        author: 18,
        alignment: 'IN_FAVOR',
        body: 'Evenwicht tussen werk en zorg hoort er ook bij. Betaalbare kinderopvang is voor veel vrouwen de reden dat ze wel of niet meer uren gaan werken.',
        votes: [9, 0],
      },
      {
        author: 8,
        alignment: 'NEUTRAL',
        body: 'Loon naar prestatie is in veel beroepen lastig. Hoe meet je de prestatie van een verpleegkundige of een leraar? Voorzichtig met formules die meer kapot maken dan ze oplossen.',
        votes: [7, 0],
      },
      {
        author: 79,
        alignment: 'NEUTRAL',
        body: 'In de horeca is de fooi een deel van het loon. Hoort dat bij ‘eerlijke ruil’? Ik zou graag zien dat fooien eerlijk worden verdeeld tussen keuken en bediening.',
      },
      {
        author: 95,
        alignment: 'AGAINST',
        body: 'Quota voor vrouwen in besturen vind ik geen evenwicht. Kies de beste, ongeacht geslacht.',
        votes: [4, 4],
        replies: [
          {
            author: 10,
            alignment: 'IN_FAVOR',
            body: 'Het probleem is dat ‘de beste’ in de praktijk vaak ‘degene die op mij lijkt’ blijkt te zijn. Zonder enige sturing verandert er decennialang niets.',
            votes: [5, 2],
          },
          {
            author: 95,
            alignment: 'NEUTRAL',
            body: 'Daar zit wat in, maar dan liever anonieme selectie dan quota.',
          },
        ],
      },
      {
        author: 131,
        alignment: 'IN_FAVOR',
        body: 'Eerlijke ruil: de boer krijgt een paar cent voor een liter melk die in de winkel meer dan een euro kost. Begin daar eens.',
        votes: [12, 0],
      },
      {
        author: 64,
        alignment: 'NEUTRAL',
        body: 'Wat is concreet het voorstel voor de minister van Financiën? Een bonusplafond bestaat voor banken al. Ik zie niet goed wat dit gebod toevoegt aan bestaand beleid.',
        votes: [5, 0],
      },
      {
        author: 144,
        alignment: 'IN_FAVOR',
        body: 'Balance also means fair contracts for freelancers. Too many clients treat translators as a cheap commodity.',
      },
      {
        author: 239,
        alignment: 'IN_FAVOR',
        body: 'Chauffeurs die 60 uur per week maken voor een loon waar je net van rondkomt, terwijl de bestuurder van de verlader een bonus krijgt voor ‘kostenbesparing’. Daar gaat dit over, wat mij betreft.',
        votes: [6, 1],
      },
      {
        author: 36,
        alignment: 'IN_FAVOR',
        body: 'In de thuiszorg werken vooral vrouwen, in deeltijd, voor een bescheiden loon. De zorgverzekeraar bepaalt het tarief. Als het om evenwicht gaat: begin bij de beroepen waar we allemaal van afhankelijk zijn.',
        votes: [10, 0],
        replies: [
          {
            author: 197,
            alignment: 'IN_FAVOR',
            body: 'Dank je. Ik kan mijn mensen niet meer betalen zolang de tarieven niet omhoog gaan, hoe graag ik ook zou willen.',
          },
        ],
      },
      {
        author: 186,
        alignment: 'NEUTRAL',
        body: 'Een bonus is op zich niet verkeerd. Ik geef mijn medewerkers een winstdeling aan het eind van het jaar. Het probleem zit bij bonussen die los staan van de lange termijn, niet bij belonen als zodanig.',
        votes: [6, 1],
      },
      {
        author: 240,
        alignment: 'AGAINST',
        body: 'Weer een gebod over lonen bij een minister van Financiën. De overheid bepaalt de lonen niet, sociale partners doen dat. Ik denk dat dit gebod op het verkeerde bureau ligt.',
        votes: [4, 2],
      },
      {
        author: 12,
        alignment: 'IN_FAVOR',
        body: 'Eerlijke ruil geldt ook voor creatief werk. ‘Doe het maar voor de naamsbekendheid’ hoor ik als ontwerper nog altijd te vaak, ook van overheden.',
        votes: [8, 0],
      },
    ],
  },
  {
    target: { suggestion: 'Herintroduceer rentmeesterschap' },
    comments: [
      {
        author: 88,
        alignment: 'IN_FAVOR',
        body: 'Ons bedrijf is al vier generaties in de familie. We denken in decennia, niet in kwartalen. De bodem is niet van ons, we lenen hem van onze kinderen. Zo moet het breder.',
        votes: [13, 0],
        replies: [
          {
            author: 6,
            alignment: 'IN_FAVOR',
            body: 'Mooi gezegd. Dat is precies waarom ik het woord rentmeesterschap koos: zorgen voor wat je doorgeeft.',
            votes: [5, 0],
          },
          {
            author: 60,
            alignment: 'NEUTRAL',
            body: 'Het lastige is wel de bedrijfsopvolging: de overdracht kost zoveel belasting dat lange termijn denken soms onmogelijk wordt.',
            votes: [6, 0],
          },
        ],
      },
      {
        author: 57,
        alignment: 'NEUTRAL',
        body: 'Wat is het verschil met maatschappelijk verantwoord ondernemen? Ik begrijp het idee, maar het woord klinkt nogal ouderwets.',
        votes: [4, 0],
        replies: [
          {
            author: 6,
            alignment: 'NEUTRAL',
            body: 'MVO wordt vaak iets wat je naast je bedrijf doet, een project of een rapport. Rentmeesterschap zit in het businessmodel zelf: hoe je geld verdient.',
            votes: [6, 0],
          },
        ],
      },
      {
        author: 189,
        alignment: 'IN_FAVOR',
        body: 'Bouwen voor honderd jaar in plaats van voor dertig. Dat kost aan het begin meer en levert later veel op. Fiscale regels die afschrijving op dertig jaar stimuleren, werken dat tegen.',
        votes: [7, 0],
      },
      {
        author: 212,
        alignment: 'AGAINST',
        body: 'Hoe wil je ‘waarden’ faciliteren zonder dat het een subsidiecircus wordt? De ene ondernemer vindt iets rentmeesterschap wat de andere gewoon goed zakendoen noemt.',
        votes: [6, 2],
      },
      {
        author: 22,
        alignment: 'IN_FAVOR',
        body: 'Pachtregels maken het voor boeren onaantrekkelijk om in de bodem te investeren als ze niet weten of ze het land over zes jaar nog hebben. Langere pacht met afspraken over bodemkwaliteit zou helpen.',
        votes: [9, 0],
        replies: [
          {
            author: 94,
            alignment: 'IN_FAVOR',
            body: 'Helemaal waar. Ik pacht de helft van mijn grond en investeer daar bewust minder in. Niet omdat ik wil, maar omdat het niet anders kan.',
          },
        ],
      },
      {
        author: 10,
        alignment: 'IN_FAVOR',
        body: 'Coöperaties, stichtingen met een bedrijf, steward-ownership: er bestaan al vormen waarbij winst niet leidend is. Maak het juridisch makkelijker om die te kiezen.',
        votes: [8, 1],
        replies: [
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'Er wordt al gewerkt aan een aparte rechtsvorm voor maatschappelijke ondernemingen (de BVm). Het zou goed zijn als dit gebod daarbij aansluit.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 31,
        alignment: 'AGAINST',
        body: 'Ik moet aan het eind van de maand mijn personeel betalen. Rentmeesterschap is een luxe voor wie het goed heeft. Eerst zorgen dat ik volgend jaar nog besta.',
        votes: [5, 3],
        replies: [
          {
            author: 17,
            alignment: 'NEUTRAL',
            body: 'Snap ik. Maar bijna elke investering in zuinigheid betaalt zich terug. Rentmeesterschap hoeft geen luxe te zijn als de regels meewerken.',
          },
        ],
      },
      {
        author: 178,
        alignment: 'IN_FAVOR',
        body: 'Fruitbomen gaan dertig jaar mee. Wie een boomgaard plant, denkt vanzelf als rentmeester. Het zou fijn zijn als de overheid ook zo dacht in plaats van elke vier jaar het beleid om te gooien.',
        votes: [10, 0],
      },
      {
        author: 221,
        alignment: 'NEUTRAL',
        body: 'Data is the new land. Stewardship should also apply to how companies handle customer data. Are we including that here?',
      },
      {
        author: 143,
        alignment: 'IN_FAVOR',
        body: 'Vakmanschap doorgeven is ook rentmeesterschap. Als ik met pensioen ga, wil ik dat iemand mijn bedrijf overneemt en de klanten net zo goed bedient. Maak bedrijfsoverdracht aan personeel makkelijker.',
        votes: [7, 0],
      },
      {
        author: 77,
        alignment: 'NEUTRAL',
        body: 'Voor verzekeraars en pensioenfondsen is lange termijn de kern van het vak. Toch worden ze afgerekend op jaarlijkse rendementen. Het gebod zou ook daar iets mogen zeggen.',
      },
      {
        author: 137,
        alignment: 'IN_FAVOR',
        body: 'Wij ontwerpen meubels die repareerbaar zijn. Het verdienmodel is onderhoud in plaats van vervangen. Ondersteun zulke modellen, bijvoorbeeld met een lager btw-tarief op reparatie.',
        votes: [9, 0],
        replies: [
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Het lage btw-tarief voor kleine reparaties (fietsen, schoenen, kleding) bestaat al. Uitbreiden naar meubels en apparaten lijkt me een logische stap.',
          },
        ],
      },
      {
        author: 225,
        alignment: 'AGAINST',
        body: 'Wat betekent dit concreet? Ik lees mooie woorden maar geen enkel voorstel waar een ambtenaar morgen mee aan de slag kan.',
        votes: [4, 1],
      },
      {
        author: 119,
        alignment: 'IN_FAVOR',
        body: 'Een buurtsuper is rentmeesterschap in het klein: we kennen de klanten, bezorgen bij wie slecht ter been is en sponsoren de school. Faciliteer dat, bijvoorbeeld met lagere lasten voor winkels die een kern leefbaar houden.',
        votes: [6, 0],
      },
      {
        author: 74,
        alignment: 'NEUTRAL',
        body: 'Concreet voorstel vanuit de administratie: laat bedrijven die een meerjarige onderhoudsvoorziening aanleggen (voor bodem, gebouw of machines) die fiscaal gespreid opbouwen. Dat beloont denken op lange termijn.',
        votes: [5, 0],
        replies: [
          {
            author: 225,
            alignment: 'IN_FAVOR',
            body: 'Dat is nou eens concreet. Daar kan ik wat mee.',
            votes: [3, 0],
          },
        ],
      },
      {
        author: 208,
        alignment: 'AGAINST',
        body: 'In de hotellerie zijn we allemaal met de volgende generatie bezig, zonder dat iemand het rentmeesterschap hoeft te noemen. Ik zie niet waarom hier een gebod voor nodig is.',
        votes: [2, 3],
      },
    ],
  },
];
