import type { DemoDiscussion } from './demo-comment';

/** On the suggestions behind the third and fourth commandments and the eleventh: talent, health, learning. */
export const TALENT_AND_HEALTH_COMMENTS: readonly DemoDiscussion[] = [
  {
    target: { suggestion: 'Benut menselijk talent beter' },
    comments: [
      {
        author: 0,
        alignment: 'IN_FAVOR',
        body: 'Ik zoek al anderhalf jaar een monteur. Er zijn genoeg mensen met twee rechterhanden zonder papiertje. Als ik ze mag aannemen en zelf opleiden zonder dat het me een fortuin kost, doe ik het morgen.',
        votes: [15, 0],
        replies: [
          {
            author: 18,
            alignment: 'IN_FAVOR',
            body: 'Dit is precies wat ik bedoel. Het diploma zegt iets over wat iemand op zijn achttiende kon, niet over wat hij nu kan.',
            votes: [6, 0],
          },
          {
            author: 183,
            alignment: 'NEUTRAL',
            body: 'Mee eens, maar voor gas en elektra zijn de certificaten er niet voor niks. Talent zonder papiertje prima, maar dan met een snelle route naar dat papiertje.',
            votes: [7, 0],
          },
        ],
      },
      {
        author: 78,
        alignment: 'IN_FAVOR',
        body: 'Als uitzendbureau zien we dagelijks mensen die op cv worden afgewezen maar in de praktijk uitstekend presteren. Een proefplaatsing van een maand met behoud van uitkering zou veel deuren openen.',
        votes: [8, 1],
        replies: [
          {
            author: 115,
            alignment: 'NEUTRAL',
            body: 'Dat bestaat al (proefplaatsing via het UWV), alleen weet bijna geen werkgever ervan. Het probleem is eerder de bekendheid dan de regel.',
          },
        ],
      },
      {
        author: 3,
        alignment: 'IN_FAVOR',
        body: 'In de ICT nemen we al jaren mensen aan op wat ze kunnen: een goede GitHub zegt meer dan een diploma. Andere sectoren kunnen daar iets van leren.',
        votes: [5, 2],
      },
      {
        author: 164,
        alignment: 'AGAINST',
        body: 'Wie betaalt het als iemand zonder opleiding een fout maakt? Werkgevers dragen al veel risico bij ziekte en ontslag. Zolang dat zo blijft, kiezen ze voor zekerheid, en dat is het diploma.',
        votes: [6, 4],
        replies: [
          {
            author: 18,
            alignment: 'NEUTRAL',
            body: 'Het risico bij ziekte is inderdaad het echte probleem voor kleine werkgevers. Dat zou ik graag in hetzelfde pakket opgelost zien.',
          },
          {
            author: 56,
            alignment: 'AGAINST',
            body: 'Precies. Twee jaar loondoorbetaling bij ziekte is voor een bedrijf met vijf man gewoon niet op te brengen. Dan neem je niemand aan die je niet kent.',
            votes: [8, 1],
          },
        ],
      },
      {
        author: 36,
        alignment: 'IN_FAVOR',
        body: 'In de thuiszorg zijn veel herintreders, vooral vrouwen die een paar jaar voor de kinderen hebben gezorgd. Ze moeten hun hele opleiding opnieuw doen terwijl ze het vak nog prima beheersen. Maak een verkorte route.',
        votes: [9, 0],
      },
      {
        author: 67,
        alignment: 'IN_FAVOR',
        body: 'Talent begint bij kinderen. Een kinderopvang die ook ontwikkeling stimuleert, kost geld, maar het levert later alles op.',
      },
      {
        author: 29,
        alignment: 'IN_FAVOR',
        body: 'Bij onze taalschool zitten ingenieurs, artsen en leraren uit andere landen die hier vakken vullen. Diploma-erkenning duurt soms jaren. **Dat is pas verspilling van talent.**',
        votes: [13, 1],
        replies: [
          {
            author: 20,
            alignment: 'IN_FAVOR',
            body: 'Helemaal waar. Ik help als jurist regelmatig mensen met hun erkenning, en het is een bureaucratisch doolhof tussen drie loketten.',
          },
          {
            author: 199,
            alignment: 'NEUTRAL',
            body: 'Wel eerlijk blijven: een buitenlands artsendiploma is niet automatisch gelijk aan het onze. Sneller beoordelen ja, zomaar gelijkstellen nee.',
            votes: [4, 1],
          },
        ],
      },
      {
        author: 201,
        alignment: 'AGAINST',
        body: 'Mooie woorden. Maar ‘talent beter benutten’ betekent in de praktijk vaak: goedkopere krachten zonder papiertje laten doen wat vakmensen nu doen. Pas op dat het geen loondump wordt.',
        votes: [4, 3],
      },
      {
        author: 11,
        alignment: 'IN_FAVOR',
        body: 'Mijn beste bakker kwam binnen als vakkenvuller zonder diploma. Nu leidt ze zelf leerlingen op. Talent zie je pas als je iemand de kans geeft.',
        votes: [11, 0],
      },
      {
        author: 142,
        alignment: 'NEUTRAL',
        body: 'Hoe meet je talent dan? Ik ben benieuwd of iemand een voorbeeld heeft van een test of werkwijze die eerlijk is en niet weer de mensen bevoordeelt die goed zijn in sollicitaties.',
        replies: [
          {
            author: 78,
            alignment: 'NEUTRAL',
            body: 'Wij werken met een proefdag en een praktijkopdracht, geen cv vooraf. Dat werkt beter dan je zou denken, ook voor mensen die slecht zijn in gesprekken.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 47,
        alignment: 'IN_FAVOR',
        body: 'Oudere werknemers! Bij ons rijden chauffeurs van boven de zestig die meer weten dan de hele planning bij elkaar. Toch worden ze bij sollicitaties als eerste afgewezen.',
        votes: [7, 0],
      },
      {
        author: 226,
        alignment: 'IN_FAVOR',
        body: 'Leerwerkplekken in het mkb zijn goud. Maar de begeleiding kost me een halve dag per week. Een vergoeding daarvoor zou helpen om meer jongeren aan te nemen.',
        votes: [6, 0],
        replies: [
          {
            author: 133,
            alignment: 'IN_FAVOR',
            body: 'Als collega-timmerman: eens. Ik heb twee leerlingen en ik doe het omdat ik het belangrijk vind, niet omdat het uit kan.',
          },
        ],
      },
      {
        author: 57,
        alignment: 'NEUTRAL',
        body: 'Wat is hier het concrete voorstel voor de overheid? Aannemen op talent kan nu ook al. Ik mis welke regel er in de weg zit.',
        votes: [3, 0],
        replies: [
          {
            author: 18,
            alignment: 'NEUTRAL',
            body: 'Een paar voorbeelden: diploma-eisen in cao’s en aanbestedingen, de kosten van ziekteverzuim voor kleine werkgevers, en erkenning van buitenlandse diploma’s. Die drie zou ik als eerste aanpakken.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 218,
        alignment: 'IN_FAVOR',
        body: 'Neurodivers talent wordt enorm onderbenut. Een paar van onze beste testers zijn autistisch. Een werkplek met wat aanpassingen is geen gunst maar slim ondernemen.',
        votes: [9, 0],
      },
      {
        author: 190,
        alignment: 'AGAINST',
        body: 'Als kleine winkel heb ik geen tijd om mensen helemaal op te leiden. Ik heb iemand nodig die morgen kan beginnen. Dit soort voorstellen zijn vooral leuk voor grote bedrijven.',
        votes: [3, 2],
      },
      {
        author: 82,
        alignment: 'IN_FAVOR',
        body: 'Goed idee, maar vergeet het leren na de schooltijd niet. Een persoonlijk leerbudget dat je meeneemt van baan naar baan zou veel meer mensen de overstap laten maken.',
      },
      {
        author: 149,
        alignment: 'IN_FAVOR',
        body: "Talent is everywhere, opportunity is not. I'm an expat who was told for two years that my degree 'did not count'. Now I run a business with four employees.",
        votes: [8, 0],
      },
    ],
  },
  {
    target: { suggestion: 'Investeer in gezond blijven in plaats van in beter worden' },
    comments: [
      {
        author: 25,
        alignment: 'IN_FAVOR',
        body: 'Als fysiotherapeut zie ik elke week mensen met rugklachten die met een paar aanpassingen aan hun werkplek voorkomen hadden kunnen worden. Preventie wordt niet vergoed, behandeling wel. Dat is de wereld op zijn kop.',
        votes: [14, 0],
        replies: [
          {
            author: 2,
            alignment: 'IN_FAVOR',
            body: 'Dank, dit is precies het punt. Zolang we betalen per behandeling, krijgen we behandelingen.',
            votes: [6, 0],
          },
          {
            author: 39,
            alignment: 'IN_FAVOR',
            body: 'Collega hier. Ik geef bij bedrijven een keer per maand een ‘werkplekspreekuur’. Werkgevers die het eenmaal hebben, willen niet meer zonder. Het verzuim daalt meetbaar.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 56,
        alignment: 'AGAINST',
        body: 'Ik ben bang voor betutteling. Moet mijn werkgever straks ook weten hoeveel ik rook of wat ik eet? Gezondheid is eerst iemands eigen verantwoordelijkheid.',
        votes: [7, 5],
        replies: [
          {
            author: 2,
            alignment: 'NEUTRAL',
            body: 'Begrijpelijke zorg. Het gaat mij om aanbod, niet om controle: een werkgever die een fietsregeling of een sportabonnement aanbiedt, moet daar niet extra belasting over betalen.',
            votes: [6, 0],
          },
          {
            author: 83,
            alignment: 'NEUTRAL',
            body: 'Als huisarts zie ik dat eigen verantwoordelijkheid prima werkt voor mensen met tijd en geld. De rest haalt het niet zonder hulp. Beide dus.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 8,
        alignment: 'NEUTRAL',
        body: 'Fiscaal valt een sportabonnement via de werkkostenregeling al te regelen, maar de vrije ruimte is klein en snel op. Verruim die voor gezondheid, dat is eenvoudig uit te voeren.',
        votes: [9, 0],
      },
      {
        author: 19,
        alignment: 'IN_FAVOR',
        body: 'Mijn koks staan de hele dag en werken avonden. Het verzuim is hoog. Ik zou graag investeren in betere schoenen, pauzes en een gezonde maaltijd, maar alles gaat van de marge af.',
      },
      {
        author: 106,
        alignment: 'IN_FAVOR',
        body: 'In de tandheelkunde weten we het al decennia: preventie is goedkoper dan een kroon. Waarom zit de mondzorg voor volwassenen dan nog steeds niet in het basispakket?',
        votes: [10, 2],
        replies: [
          {
            author: 172,
            alignment: 'NEUTRAL',
            body: 'Als collega twijfel ik. In het basispakket krijg je ook budgetplafonds en declaratieregels. Ik weet niet of dat de preventie verbetert.',
          },
        ],
      },
      {
        author: 74,
        alignment: 'AGAINST',
        body: 'Investeren in preventie levert pas over tien, twintig jaar iets op. Geen enkele minister durft dat geld nu uit te geven als de wachtlijsten van vandaag op tv zijn. Politiek gezien kansloos, vrees ik.',
        votes: [5, 2],
        replies: [
          {
            author: 2,
            alignment: 'NEUTRAL',
            body: 'Daarom vraag ik het juist aan werkgevers en ondernemers. Bij verzuim merk je het binnen een jaar.',
          },
        ],
      },
      {
        author: 65,
        alignment: 'IN_FAVOR',
        body: 'Beweging op recept! Laat de huisarts mensen doorverwijzen naar een beweegprogramma in plaats van naar nog een pil. In een paar regio’s werkt het al.',
        votes: [8, 0],
      },
      {
        author: 32,
        alignment: 'NEUTRAL',
        body: 'Wij leveren catering aan bedrijven. Gezonde maaltijden zijn duurder en worden minder gekozen. Wie betaalt het verschil: werkgever, werknemer of overheid?',
      },
      {
        author: 16,
        alignment: 'IN_FAVOR',
        body: 'Het verzuim kost kleine werkgevers zo veel dat preventie zichzelf terugbetaalt. Alleen ontbreekt het aan een aanbod dat op maat is van een bedrijf met tien man.',
        votes: [4, 0],
        replies: [
          {
            author: 45,
            alignment: 'IN_FAVOR',
            body: 'Collectief inkopen via de branchevereniging of een ondernemersvereniging? Dan wordt het ook voor kleine bedrijven betaalbaar.',
          },
        ],
      },
      {
        author: 223,
        alignment: 'IN_FAVOR',
        body: 'Mijn wijkverpleegkundigen doen veel aan preventie: valpreventie, voeding, eenzaamheid. Maar dat mogen we nauwelijks declareren. Als het wel mocht, zouden er minder ouderen in het ziekenhuis belanden.',
        votes: [12, 0],
      },
      {
        author: 220,
        alignment: 'AGAINST',
        body: 'Preventie-apps en gezondheidsdata klinkt goed, maar wie heeft straks toegang tot die data? Zolang dat niet goed geregeld is, ben ik tegen.',
        votes: [3, 1],
      },
      {
        author: 113,
        alignment: 'NEUTRAL',
        body: 'Als slager voel ik me bij dit soort discussies altijd een beetje de boeman. Vlees kan prima onderdeel zijn van een gezond eetpatroon, hoor. Graag wel alle partijen betrekken.',
        votes: [3, 2],
      },
      {
        author: 4,
        alignment: 'IN_FAVOR',
        body: 'Stress en werkdruk worden in dit soort discussies vaak vergeten. Mentale gezondheid telt net zo goed. Een paar gesprekken met een coach kan een burn-out van een half jaar voorkomen.',
        votes: [9, 0],
        replies: [
          {
            author: 240,
            alignment: 'IN_FAVOR',
            body: 'Als interim-manager zie ik het elke opdracht. Teams die op hun tandvlees lopen, niemand die het ziet tot iemand uitvalt.',
          },
        ],
      },
      {
        author: 39,
        alignment: 'NEUTRAL',
        body: 'Kleine kanttekening: veel preventieprogramma’s zijn nooit goed onderzocht op effect. Investeer ook in het meten, anders pompen we geld in goedbedoelde maar nutteloze acties.',
        votes: [6, 0],
      },
      {
        author: 102,
        alignment: 'IN_FAVOR',
        body: 'De fietsregeling van de zaak was voor mijn winkel de beste maatregel ooit 😄. Meer van dat soort simpele dingen graag!',
        votes: [5, 1],
      },
      {
        author: 110,
        alignment: 'AGAINST',
        body: 'Ik ben voor preventie, maar niet ten koste van de zorg voor wie nú ziek is. Als het geld moet ‘verschuiven’, wie gaat er dan langer wachten?',
        votes: [6, 2],
      },
      {
        author: 214,
        alignment: 'IN_FAVOR',
        body: 'Good to see this in the top ten. Prevention has been underfunded for decades. Even a small shift of the budget would make a big difference in ten years.',
      },
    ],
  },
  {
    target: { suggestion: 'Laat jonge medewerkers in het MKB een dagdeel per week kennis vergaren' },
    comments: [
      {
        author: 3,
        alignment: 'IN_FAVOR',
        body: 'Bij ons gaan de junior developers elke vrijdagmiddag naar een meetup of werken ze aan een eigen project. Wat ze daar oppikken, zie je de week erna terug in het werk. Fijn als dat fiscaal beloond wordt.',
        votes: [12, 0],
        replies: [
          {
            author: 12,
            alignment: 'IN_FAVOR',
            body: 'Mooi voorbeeld. Voor een softwarebedrijf is het nog vanzelfsprekend, bij een schilder of bakker veel minder. Daar is de regeling juist voor bedoeld.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 11,
        alignment: 'NEUTRAL',
        body: 'Leuk idee, maar wie staat er dan in de bakkerij? Met drie man personeel is een dagdeel per week een halve werkplek minder. De regeling moet dus ook de vervanging dekken.',
        votes: [10, 0],
        replies: [
          {
            author: 12,
            alignment: 'NEUTRAL',
            body: 'Terecht punt. Zou het helpen als het ook een dag per twee weken mag zijn, of geclusterd per maand?',
          },
          {
            author: 11,
            alignment: 'IN_FAVOR',
            body: 'Flexibel zou zeker helpen. In januari is het rustig, in december niet. Dan ben ik voor.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 8,
        alignment: 'IN_FAVOR',
        body: 'Als accountant: technisch is dit eenvoudig te regelen als een extra aftrek op de loonkosten voor de uren, gekoppeld aan leeftijd. Geen gedoe met aanvragen vooraf, gewoon verantwoorden in de loonadministratie.',
        votes: [9, 0],
        replies: [
          {
            author: 158,
            alignment: 'NEUTRAL',
            body: 'En hoe toon je aan dat het om ‘kennis vergaren’ ging en niet om een vrije middag? Zonder enige controle wordt het misbruikt, met te veel controle doet niemand mee.',
            votes: [5, 0],
          },
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Een korte verantwoording per kwartaal: waar was je, wat heb je geleerd. Steekproefsgewijs controleren, net als bij de WBSO.',
          },
        ],
      },
      {
        author: 74,
        alignment: 'AGAINST',
        body: 'Waarom alleen jonge medewerkers? Een vijftiger die bijleert is minstens zo waardevol, en die loopt meer risico om buiten de boot te vallen. Een leeftijdsgrens lijkt me juridisch ook wankel.',
        votes: [11, 2],
        replies: [
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'Juridisch klopt dat: onderscheid naar leeftijd moet objectief gerechtvaardigd zijn. Dat kan, maar het moet goed onderbouwd worden.',
            votes: [4, 0],
          },
          {
            author: 12,
            alignment: 'NEUTRAL',
            body: 'Eerlijk gezegd vind ik het ook prima als het voor iedereen geldt. Jongeren waren het startpunt omdat ze het netwerk nog moeten opbouwen.',
          },
        ],
      },
      {
        author: 19,
        alignment: 'IN_FAVOR',
        body: 'Mijn jonge koks gaan een dag per maand meelopen in een andere keuken. Dat is goud waard, ze komen terug met ideeën. Dit breder maken kan ik alleen maar steunen.',
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: 'Nog een fiscale regeling in een stelsel dat al onbegrijpelijk is. Verlaag liever de lasten op arbeid voor iedereen, dan kan elke ondernemer zelf kiezen hoe hij in zijn mensen investeert.',
        votes: [5, 4],
      },
      {
        author: 93,
        alignment: 'IN_FAVOR',
        body: 'Netwerken is voor veel jonge mensen een onbekend begrip. Ze denken dat het borrels zijn. Leer ze dat een goed gesprek met een leverancier of klant ook kennis is.',
      },
      {
        author: 35,
        alignment: 'IN_FAVOR',
        body: "Love it. In our team juniors who attend one meetup a week grow twice as fast. It's cheap compared to formal training.",
        votes: [4, 0],
      },
      {
        author: 123,
        alignment: 'NEUTRAL',
        body: 'Welke netwerken bedoelen we dan? In de metaal zijn er niet zo veel bijeenkomsten voor jonge vaklui. Misschien moet er ook aanbod bij komen, anders blijft het bij de stad en de ICT.',
        votes: [6, 0],
        replies: [
          {
            author: 40,
            alignment: 'IN_FAVOR',
            body: 'Eens, bij ons in de regio zijn het vooral bijeenkomsten voor eigenaren. Voor jonge vakmensen zou iets als een uitwisseling tussen bedrijven mooi zijn: een dag meedraaien bij een collega.',
          },
        ],
      },
      {
        author: 67,
        alignment: 'IN_FAVOR',
        body: 'Ook in de kinderopvang zou dit mogen, al zal het lastig zijn met de beroepskracht-kindratio. Maar de behoefte is er.',
      },
      {
        author: 207,
        alignment: 'AGAINST',
        body: 'Als koerier met vier jongens kan ik geen dagdeel missen. Dit is bedacht door mensen met een kantoorbaan. Sorry.',
        votes: [3, 3],
        replies: [
          {
            author: 5,
            alignment: 'NEUTRAL',
            body: 'Begrijp ik, maar juist in de logistiek verandert er veel (elektrisch rijden, planningssoftware). Als je jongens dat nergens leren, loop je over vijf jaar achter.',
            votes: [3, 0],
          },
        ],
      },
      {
        author: 212,
        alignment: 'IN_FAVOR',
        body: 'Dat de minister dit het mooiste voorstel vond, verbaast me niet: het is concreet, het kost weinig en iedereen snapt het. Neem dat als les voor de andere geboden.',
        votes: [8, 1],
      },
      {
        author: 82,
        alignment: 'IN_FAVOR',
        body: 'Als trainer zie ik dat mensen vooral leren van elkaar, niet van een cursus. Een dagdeel per week bij een collega-bedrijf of netwerk kan veel meer opleveren dan een certificaat.',
      },
      {
        author: 159,
        alignment: 'NEUTRAL',
        body: 'Mag dat dagdeel ook aan een vakopleiding besteed worden, of is het alleen netwerken? Voor installateurs is bijblijven met warmtepompen en batterijen nu het belangrijkste.',
        votes: [4, 0],
      },
      {
        author: 132,
        alignment: 'IN_FAVOR',
        body: 'Goed plan!! Mijn jongste medewerker heeft op een webwinkelevent meer geleerd over marketing dan ik in vijf jaar. Doen.',
      },
    ],
  },
];
