import type { DemoDiscussion } from './demo-comment';

/** On the suggestions behind the fifth to seventh commandments: sharing, the Oranje Bank, transparency. */
export const OPEN_BANK_MEDIA_COMMENTS: readonly DemoDiscussion[] = [
  {
    target: { suggestion: 'Deel oplossingen voor een betere wereld in plaats van ze te beschermen' },
    comments: [
      {
        author: 13,
        alignment: 'AGAINST',
        body: 'Wij hebben vijf jaar en een flink deel van ons spaargeld in een nieuwe recyclingtechniek gestoken. Zonder octrooi kopieert een grote concurrent het binnen een jaar. Delen klinkt mooi, maar wie betaalt dan de ontwikkeling?',
        votes: [13, 3],
        replies: [
          {
            author: 3,
            alignment: 'NEUTRAL',
            body: 'Dat begrijp ik, en ik wil niemand zijn octrooi afpakken. Maar veel oplossingen worden beschermd en daarna nooit gebruikt. Daar gaat het mij om: delen wat op de plank ligt.',
            votes: [8, 0],
          },
          {
            author: 54,
            alignment: 'AGAINST',
            body: 'Plus: een octrooi is voor een klein bedrijf vaak het enige wat een bank of investeerder als zekerheid wil zien. Zonder bescherming geen financiering.',
            votes: [6, 1],
          },
          {
            author: 13,
            alignment: 'NEUTRAL',
            body: 'Op de plank liggende octrooien vrijgeven kan ik me voorstellen. Bijvoorbeeld met een licentie tegen een redelijke vergoeding.',
          },
        ],
      },
      {
        author: 218,
        alignment: 'IN_FAVOR',
        body: 'Open source heeft de hele softwarewereld vooruitgeholpen. Ons bedrijf bestaat dankzij gratis gedeelde code en we geven zelf ook terug. Het verdienmodel zit in service en maatwerk, niet in het geheimhouden.',
        votes: [9, 1],
        replies: [
          {
            author: 7,
            alignment: 'NEUTRAL',
            body: 'Bij software lukt dat, bij een machine of een materiaal ligt het anders: daar zit het geld in de ontwikkeling, niet in de service.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 16,
        alignment: 'NEUTRAL',
        body: 'Als jurist: er bestaan tussenvormen. Denk aan een octrooipool of een licentie die gratis is voor toepassingen in ontwikkelingslanden. Delen en beschermen sluiten elkaar niet uit.',
        votes: [10, 0],
      },
      {
        author: 17,
        alignment: 'IN_FAVOR',
        body: 'Onderzoek dat met publiek geld is betaald, hoort publiek beschikbaar te zijn. Daar kan de overheid morgen mee beginnen.',
        votes: [11, 0],
        replies: [
          {
            author: 105,
            alignment: 'IN_FAVOR',
            body: 'En dan ook de data en de software van die onderzoeken, niet alleen een pdf achter een betaalmuur.',
          },
        ],
      },
      {
        author: 112,
        alignment: 'AGAINST',
        body: 'Ik ben bang dat vooral Chinese en Amerikaanse partijen profiteren als wij onze kennis vrijgeven. Die delen zelf niets terug.',
        votes: [5, 3],
      },
      {
        author: 6,
        alignment: 'IN_FAVOR',
        body: 'Biologische telers delen al jaren kennis in studieclubs. Concurrentie is er wel, maar iedereen wordt er beter van. Zo zou het breder kunnen.',
        votes: [6, 0],
      },
      {
        author: 85,
        alignment: 'NEUTRAL',
        body: 'Wat zijn ‘oplossingen voor een betere wereld’ precies? Zonder afbakening is elk product wel een oplossing voor iets. Ik vrees dat dit gebod te vaag is om iets mee te doen.',
        votes: [4, 1],
        replies: [
          {
            author: 3,
            alignment: 'NEUTRAL',
            body: 'Voor mij: oplossingen voor energie, water, voedsel en gezondheid. Maar ik ben benieuwd hoe anderen het zouden afbakenen.',
          },
        ],
      },
      {
        author: 138,
        alignment: 'IN_FAVOR',
        body: 'Een octrooi aanvragen en verdedigen kost tienduizenden euro’s. Voor veel kleine bedrijven is delen dus niet eens een keuze maar de enige optie. Maak er dan ook iets van: een open platform waar je gedeelde kennis kunt vinden.',
      },
      {
        author: 66,
        alignment: 'AGAINST',
        body: 'Dit is een typisch idee van mensen die zelf nooit iets hebben uitgevonden. Zonder bescherming geen innovatie, zo simpel is het.',
        votes: [3, 6],
        replies: [
          {
            author: 46,
            alignment: 'IN_FAVOR',
            body: 'Nogal een stelling. Het internet, de fiets, de meeste medicijnen van vóór 1950: allemaal zonder bescherming verspreid en verbeterd. Er is ruimte voor allebei.',
            votes: [7, 1],
          },
        ],
      },
      {
        author: 204,
        alignment: 'IN_FAVOR',
        body: 'Als ontwerper deel ik mijn patronen onder een Creative Commons-licentie. Het heeft me meer opdrachten opgeleverd dan het gekost heeft.',
      },
      {
        author: 40,
        alignment: 'NEUTRAL',
        body: 'Kan de overheid een fonds maken dat octrooien opkoopt van oplossingen die de wereld nodig heeft, en ze dan vrijgeeft? Dan krijgt de uitvinder zijn geld en iedereen de oplossing.',
        votes: [9, 0],
        replies: [
          {
            author: 24,
            alignment: 'NEUTRAL',
            body: 'Interessant, maar hoe bepaal je de prijs? Dan krijg je een markt voor octrooien die alleen bestaan om opgekocht te worden.',
          },
          {
            author: 40,
            alignment: 'NEUTRAL',
            body: 'Daar heb je een punt. Alleen bij bewezen toepassing dan, en met een onafhankelijke waardering.',
          },
        ],
      },
      {
        author: 114,
        alignment: 'IN_FAVOR',
        body: 'Sharing knowledge across borders is what made the Dutch water sector famous. Let us do the same with energy and food.',
      },
      {
        author: 169,
        alignment: 'NEUTRAL',
        body: 'Hoe zit het met foto’s en ander creatief werk? Als fotograaf leef ik van mijn auteursrecht. Ik hoop niet dat dit daar ook over gaat.',
      },
      {
        author: 35,
        alignment: 'IN_FAVOR',
        body: 'Samen ontwikkelen is ook delen. Wij werken met drie concurrenten aan een gezamenlijke standaard. Dat had de overheid best wat meer mogen ondersteunen.',
        votes: [4, 0],
      },
      {
        author: 9,
        alignment: 'IN_FAVOR',
        body: 'In de energietransitie vinden honderden installateurs en adviseurs elke dag opnieuw hetzelfde wiel uit. Een open kennisbank met oplossingen die werken zou ons allemaal sneller maken.',
        votes: [6, 0],
      },
      {
        author: 33,
        alignment: 'AGAINST',
        body: 'Mijn klanten betalen mij juist voor mijn kennis van het proces. Als ik die deel, ben ik mijn voorsprong kwijt. Vrijwillig prima, maar geen verplichting.',
        votes: [4, 1],
      },
    ],
  },
  {
    target: { suggestion: 'Overheid start de Oranje Bank' },
    comments: [
      {
        author: 61,
        alignment: 'IN_FAVOR',
        body: 'Voor een krediet van 80.000 euro voor een nieuwe kraan kreeg ik bij drie banken nul op het rekest. Te klein, te veel risico. Een bank die wél naar het mkb kijkt, is hard nodig.',
        votes: [16, 1],
        replies: [
          {
            author: 8,
            alignment: 'IN_FAVOR',
            body: 'Dit hoor ik bij mijn klanten ook steeds. Kleine kredieten zijn voor de grote banken te duur om te beoordelen, dus worden ze gewoon niet verstrekt.',
            votes: [7, 0],
          },
          {
            author: 24,
            alignment: 'NEUTRAL',
            body: 'Er zijn wel alternatieven: crowdfunding, kredietunies, Qredits voor kleinere bedragen. Niet altijd goedkoop, maar ze bestaan.',
            votes: [5, 1],
          },
        ],
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: 'De overheid heeft al eens een bank gered en daar jaren verlies op geleden. Waarom zou de staat het nu ineens beter kunnen? Bankieren is een vak.',
        votes: [12, 4],
        replies: [
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Eens dat bankieren een vak is. Juist daarom: niet de overheid als bankier, maar een bank met een publieke opdracht en een professioneel bestuur, zoals de ontwikkelingsbanken in Duitsland.',
            votes: [9, 1],
          },
          {
            author: 77,
            alignment: 'AGAINST',
            body: 'De Duitse KfW werkt via de gewone banken, het is geen bank voor iedereen. Als de Oranje Bank dat wordt, prima, maar dat is iets anders dan wat de titel belooft.',
            votes: [6, 0],
          },
          {
            author: 181,
            alignment: 'NEUTRAL',
            body: 'Een ontwikkelingsbank die via de bestaande banken werkt, daar valt over te praten. Een staatsbank met loketten niet.',
          },
        ],
      },
      {
        author: 23,
        alignment: 'IN_FAVOR',
        body: 'Betalen moet een nutsvoorziening zijn. Ik betaal honderden euro’s per jaar aan transactiekosten voor iets wat de bank nauwelijks geld kost.',
        votes: [8, 1],
      },
      {
        author: 166,
        alignment: 'AGAINST',
        body: 'Dit gaat ten koste van de kleine hypotheek- en kredietadviseurs. Een staatsbank met goedkope rente maakt de markt kapot voor iedereen die nu eerlijk concurreert.',
        votes: [2, 5],
        replies: [
          {
            author: 15,
            alignment: 'AGAINST',
            body: 'Voor wie nu geen krediet krijgt, is er helemaal geen markt. Het zou gaan om de gaten die banken laten liggen.',
            votes: [6, 0],
          },
        ],
      },
      {
        author: 19,
        alignment: 'IN_FAVOR',
        body: 'Na de crisis hebben de banken me met een kluitje in het riet gestuurd. Mijn leverancier heeft me uiteindelijk gefinancierd. Zegt genoeg.',
        votes: [7, 0],
      },
      {
        author: 158,
        alignment: 'NEUTRAL',
        body: 'Hoe voorkom je dat politici gaan bepalen wie krediet krijgt? Een bank die in een verkiezingsjaar opeens ruimhartig wordt in bepaalde regio’s, daar word ik niet vrolijk van.',
        votes: [8, 0],
        replies: [
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Goede vraag, en daarom zou ik de bank op afstand zetten: een eigen raad van bestuur, een wettelijke opdracht en een toezichthouder, geen minister die mee beslist over individuele kredieten.',
          },
        ],
      },
      {
        author: 4,
        alignment: 'IN_FAVOR',
        body: 'Oranje Bank is ook gewoon een goede naam. Mensen zouden er vertrouwen in hebben, zeker na alle bonusverhalen.',
        votes: [3, 2],
      },
      {
        author: 138,
        alignment: 'AGAINST',
        body: 'We hebben al de Nederlandse Investeringsinstelling, Invest-NL, de regionale ontwikkelingsmaatschappijen en het Groeifaciliteit-garantiefonds. Nog een instelling erbij maakt het alleen onoverzichtelijker.',
        votes: [9, 2],
        replies: [
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'Dan is het voorstel misschien eerder: bundel het tot één herkenbaar loket voor ondernemers. Dat zou al een flinke verbetering zijn.',
            votes: [7, 0],
          },
        ],
      },
      {
        author: 41,
        alignment: 'IN_FAVOR',
        body: 'Ik ben een bloemenwinkel met een kleine omzet. Mijn bank heeft het filiaal hier gesloten en ik krijg niemand meer aan de telefoon. Een bank die weer een gezicht heeft, graag.',
      },
      {
        author: 24,
        alignment: 'NEUTRAL',
        body: 'Als hypotheekadviseur vraag ik me af of de Oranje Bank ook hypotheken voor ondernemers zou doen. Daar is de nood eigenlijk het grootst: met een wisselend inkomen krijg je bijna geen woning gefinancierd.',
      },
      {
        author: 68,
        alignment: 'NEUTRAL',
        body: 'Technisch is een moderne bank tegenwoordig goed te bouwen, de fintechs laten het zien. Het moeilijke deel is de vergunning en het kapitaal. Heeft iemand een idee hoeveel startkapitaal dit zou vragen?',
        replies: [
          {
            author: 181,
            alignment: 'NEUTRAL',
            body: 'Dat hangt volledig af van de omvang van de kredietportefeuille. Reken bij een serieuze mkb-bank al gauw op een paar miljard aan eigen vermogen.',
          },
        ],
      },
      {
        author: 95,
        alignment: 'IN_FAVOR',
        body: 'Eindelijk iemand die het zegt. De banken zijn er voor zichzelf, niet voor de ondernemer.',
        votes: [4, 3],
      },
      {
        author: 229,
        alignment: 'AGAINST',
        body: 'Let op de risico’s voor de belastingbetaler. Als het misgaat, betalen wij het verlies. Een bank die alleen de leningen verstrekt die anderen te riskant vinden, maakt vrijwel zeker verlies.',
        votes: [7, 3],
      },
      {
        author: 50,
        alignment: 'IN_FAVOR',
        body: 'Factoring is voor kleine vervoerders een dure noodzaak omdat klanten na 90 dagen betalen. Een publieke bank die dat tegen kostprijs doet, zou een enorme hulp zijn.',
        votes: [6, 0],
      },
      {
        author: 101,
        alignment: 'IN_FAVOR',
        body: 'Dutch SMEs pay some of the highest interest rates in the euro area on small loans. A development bank would narrow that gap.',
      },
    ],
  },
  {
    target: { suggestion: 'Media staat in dienst van volledige transparantie' },
    comments: [
      {
        author: 152,
        alignment: 'IN_FAVOR',
        body: 'Ministeries en gemeenten zitten op Twitter, maar ze zenden alleen. Reageren doen ze zelden. Echte transparantie betekent ook in gesprek gaan, niet alleen persberichten posten.',
        votes: [10, 0],
        replies: [
          {
            author: 10,
            alignment: 'IN_FAVOR',
            body: 'Precies. Sociale media zijn geen extra kanaal voor persberichten. Het is een gesprek, en dat vraagt om mensen die mogen antwoorden zonder drie keer langs de afdeling communicatie te gaan.',
            votes: [6, 0],
          },
        ],
      },
      {
        author: 164,
        alignment: 'AGAINST',
        body: '‘Volledige’ transparantie bestaat niet en is ook niet wenselijk. Bedrijfsgegevens van ondernemers die met de overheid werken, persoonsgegevens, veiligheid: er zijn goede redenen om dingen niet openbaar te maken.',
        votes: [8, 2],
        replies: [
          {
            author: 10,
            alignment: 'NEUTRAL',
            body: 'Eens, ‘volledig’ is een groot woord. Het gaat mij om besluiten en cijfers van de overheid zelf, niet om gegevens van burgers of bedrijven.',
          },
          {
            author: 108,
            alignment: 'NEUTRAL',
            body: 'Dan zou ik de titel aanpassen: ‘open overheid’ dekt het beter dan ‘volledige transparantie’.',
            votes: [3, 0],
          },
        ],
      },
      {
        author: 26,
        alignment: 'IN_FAVOR',
        body: 'Open data over de overheid is ook een kans voor ondernemers. Met goede cijfers over verkeer, energie of vergunningen kun je nieuwe diensten bouwen.',
        votes: [6, 0],
      },
      {
        author: 86,
        alignment: 'NEUTRAL',
        body: 'Transparantie via media is mooi, maar mijn klanten zijn vaak zestigplussers die niets met sociale media doen. Vergeet de huis-aan-huiskrant en de gewone brief niet.',
        votes: [5, 0],
      },
      {
        author: 3,
        alignment: 'IN_FAVOR',
        body: 'Publiceer de broncode van overheidssoftware. Wij hebben meegebouwd aan systemen waar niemand buiten het ministerie ooit in kon kijken, en dat is zonde van ons belastinggeld.',
        votes: [9, 1],
      },
      {
        author: 219,
        alignment: 'AGAINST',
        body: 'Het is al bijna onmogelijk om met een ambtenaar een open gesprek te voeren zonder dat het een Woo-verzoek wordt. Volledige transparantie maakt het alleen maar erger: er wordt niets meer opgeschreven.',
        votes: [6, 1],
        replies: [
          {
            author: 152,
            alignment: 'NEUTRAL',
            body: 'Dat effect bestaat, klopt. Maar het alternatief, dat niemand kan nagaan waarom iets besloten is, is erger.',
          },
        ],
      },
      {
        author: 34,
        alignment: 'IN_FAVOR',
        body: 'Als hotelier heb ik veel last van regels waarvan niemand kan uitleggen waarom ze er zijn. Als de overheid openbaar maakt waarom een regel is ingevoerd, wordt het gesprek erover een stuk makkelijker.',
      },
      {
        author: 10,
        alignment: 'NEUTRAL',
        body: 'Ter aanvulling op mijn eigen suggestie: dit platform zelf is een mooi voorbeeld. Iedereen kan zien wat er is ingediend, wat de minister ermee doet en hoe het verder gaat.',
        votes: [5, 0],
      },
      {
        author: 136,
        alignment: 'IN_FAVOR',
        body: 'Publieke omroep, regionale kranten, vakbladen: onafhankelijke media kosten geld. Als we transparantie willen, moeten we ook de journalistiek overeind houden.',
        votes: [7, 1],
        replies: [
          {
            author: 220,
            alignment: 'AGAINST',
            body: 'Het tweede deel ben ik niet met je eens. Transparantie vraagt om open data, niet om meer subsidie voor omroepen.',
            votes: [3, 2],
          },
        ],
      },
      {
        author: 46,
        alignment: 'NEUTRAL',
        body: 'Wat is hier de rol van ondernemers? Het gebod gaat vooral over de overheid en de media. Moeten bedrijven zelf ook transparanter worden over bijvoorbeeld hun CO2-uitstoot?',
        votes: [4, 0],
      },
      {
        author: 29,
        alignment: 'IN_FAVOR',
        body: 'Transparency should also mean plain language. Many Dutch government letters are impossible to understand, even for native speakers.',
        votes: [6, 0],
      },
      {
        author: 93,
        alignment: 'AGAINST',
        body: 'Sociale media zijn ook een bron van desinformatie en herrie. Een overheid die elke rel op Twitter moet beantwoorden, komt aan besturen niet meer toe.',
        votes: [4, 2],
      },
      {
        author: 174,
        alignment: 'IN_FAVOR',
        body: 'Een simpel begin: alle aanbestedingen en gegunde opdrachten met bedrag in één doorzoekbaar overzicht. Dat helpt ondernemers én journalisten.',
        votes: [8, 0],
      },
      {
        author: 243,
        alignment: 'IN_FAVOR',
        body: 'Ik zou al blij zijn als de gemeente op haar website gewoon zegt hoe lang een vergunningsaanvraag gemiddeld duurt. Dat is transparantie waar een ondernemer iets aan heeft.',
        votes: [7, 0],
        replies: [
          {
            author: 84,
            alignment: 'IN_FAVOR',
            body: 'Ja! En dan graag per soort vergunning. Voor mijn uitbouw was het ‘acht weken’, het werden er zeventien.',
          },
        ],
      },
      {
        author: 139,
        alignment: 'NEUTRAL',
        body: 'Transparantie kost ook geld: iemand moet al die cijfers bijhouden, controleren en publiceren. Ik ben niet tegen, maar laten we de kosten niet onderschatten voor kleine gemeenten.',
        votes: [3, 0],
      },
      {
        author: 11,
        alignment: 'IN_FAVOR',
        body: 'Ik twitter elke ochtend wat er uit de oven komt. Klanten vinden het leuk en ik weet precies wat er leeft. Als een bakker dat kan, kan een ministerie het ook.',
        votes: [9, 0],
      },
      {
        author: 16,
        alignment: 'AGAINST',
        body: 'Ik zie een risico voor ondernemers: wie met de overheid een contract sluit, ziet straks zijn prijzen en voorwaarden op straat liggen. Dan schrijft een concurrent zijn volgende offerte gewoon over.',
        votes: [6, 2],
        replies: [
          {
            author: 174,
            alignment: 'NEUTRAL',
            body: 'Het gegunde totaalbedrag is iets anders dan de hele offerte. Het eerste mag wat mij betreft openbaar, het tweede niet.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 53,
        alignment: 'NEUTRAL',
        body: 'Geldt dit ook voor het onderwijs? Scholen krijgen veel publiek geld, maar als ondernemer in het onderwijs zie ik weinig van hoe dat besteed wordt.',
      },
    ],
  },
];
