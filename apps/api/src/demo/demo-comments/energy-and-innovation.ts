import type { DemoDiscussion } from './demo-comment';

/** On the suggestions behind the first two commandments: waste, and rewarding sustainable innovation. */
export const ENERGY_AND_INNOVATION_COMMENTS: readonly DemoDiscussion[] = [
  {
    target: { suggestion: 'Voorkom verspilling van energie en grondstoffen' },
    comments: [
      {
        author: 11,
        alignment: 'IN_FAVOR',
        body: 'Als bakker stook ik elke nacht twee ovens op. De restwarmte gaat zo de schoorsteen uit, terwijl de buren er hun huis mee zouden kunnen verwarmen. Maak het makkelijker om warmte te delen met de buurt, nu strandt dat op vergunningen en de vraag wie de leiding betaalt.',
        votes: [14, 1],
        replies: [
          {
            author: 9,
            alignment: 'IN_FAVOR',
            body: 'Precies dit soort voorbeelden bedoel ik. Een warmtewisselaar op een bakkersoven verdient zich vaak in vijf à zes jaar terug; het probleem is niet de techniek maar het contract met de buren.',
            votes: [6, 0],
          },
          {
            author: 27,
            alignment: 'NEUTRAL',
            body: 'Wij hebben zoiets een keer aangelegd. Technisch geen punt, maar wie is aansprakelijk als de bakker met pensioen gaat en de oven uitgaat? Daar moet een regeling voor komen, anders begint niemand eraan.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 8,
        alignment: 'NEUTRAL',
        body: 'Er is al de EIA (energie-investeringsaftrek) en de MIA/Vamil. Mijn ervaring: de helft van mijn klanten weet niet dat het bestaat en de andere helft vindt de aanvraag te ingewikkeld. Misschien eerst de bestaande regelingen simpeler maken voordat er iets nieuws bijkomt?',
        votes: [11, 0],
        replies: [
          {
            author: 17,
            alignment: 'IN_FAVOR',
            body: 'Eens. De energielijst verandert elk jaar en je moet binnen drie maanden na de opdracht melden. Dat haalt een kleine ondernemer nooit zonder adviseur.',
          },
          {
            author: 30,
            alignment: 'NEUTRAL',
            body: 'Simpeler is mooi, maar dan wel zo dat het geld bij de ondernemer terechtkomt en niet bij nog een adviseur die de aanvraag invult.',
            votes: [3, 1],
          },
        ],
      },
      {
        author: 13,
        alignment: 'IN_FAVOR',
        body: 'In de kunststofverwerking gooien we nog steeds productieafval weg dat we zelf zouden kunnen vermalen en hergebruiken. Het mag vaak niet, omdat het dan formeel ‘afval’ is en je een aparte vergunning nodig hebt. **Haal die drempel weg** en wij besparen tonnen grondstof per jaar.',
        votes: [9, 0],
      },
      {
        author: 37,
        alignment: 'AGAINST',
        body: 'Klinkt sympathiek, maar wie bepaalt wat verspilling is? Onze machines draaien dag en nacht omdat stilzetten en opstarten méér energie kost. Ik ben bang dat er weer een regel komt die op papier zuinig is en in de praktijk duurder.',
        votes: [7, 3],
        replies: [
          {
            author: 9,
            alignment: 'NEUTRAL',
            body: 'Terechte zorg. Het idee is juist om te belonen wat aantoonbaar bespaart, niet om voor te schrijven hoe. Een continu proces dat efficiënt draait valt daar gewoon onder.',
          },
          {
            author: 66,
            alignment: 'AGAINST',
            body: 'Dat zeggen ze altijd. Het eindigt toch met een auditor die een checklist afwerkt die niet bij jouw fabriek past.',
            votes: [4, 2],
          },
        ],
      },
      {
        author: 19,
        alignment: 'IN_FAVOR',
        body: 'De horeca gooit enorm veel eten weg. Maak het makkelijker om overgebleven maaltijden te verkopen of weg te geven; nu houdt de aansprakelijkheid voor voedselveiligheid veel collega’s tegen.',
        votes: [8, 0],
        replies: [
          {
            author: 62,
            alignment: 'IN_FAVOR',
            body: 'Bij ons gaat wat over is aan het eind van de dag via een app voor een paar euro weg. Werkt prima, maar inderdaad: niemand weet precies hoe het zit als iemand er ziek van wordt.',
          },
        ],
      },
      {
        author: 6,
        alignment: 'IN_FAVOR',
        body: 'In de land- en tuinbouw is verspilling vaak een gevolg van de normen van de supermarkt: een komkommer die te krom is, gaat terug. Pak ook de ketens aan, niet alleen de producent.',
        votes: [10, 1],
      },
      {
        author: 98,
        alignment: 'IN_FAVOR',
        body: 'Ondernemers met een groot dak krijgen geen aansluiting omdat het net vol zit, terwijl er elders stroom wordt weggegooid. Lokale opslag en stroom delen tussen bedrijven op één bedrijventerrein zou enorm helpen.',
        votes: [6, 0],
        replies: [
          {
            author: 117,
            alignment: 'NEUTRAL',
            body: 'Dat kan deels al via een energiecoöperatie, maar de regels voor stroom delen achter de meter zijn een doolhof. Wie wil weten hoe wij het in Helmond doen: stuur gerust een bericht.',
          },
          {
            author: 0,
            alignment: 'IN_FAVOR',
            body: 'Helemaal mee eens. We krijgen steeds vaker de vraag naar batterijen bij bedrijfspanden, maar zonder duidelijke regels voor terugleveren rekent niemand het rond.',
          },
        ],
      },
      {
        author: 128,
        alignment: 'NEUTRAL',
        body: 'Hoe ziet dit eruit voor een dienstverlener? Wij verbruiken weinig energie maar wel veel schoonmaakmiddelen en plastic. Geldt een beloning dan ook voor ons?',
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: 'Weer een regeling erbij betekent weer meer administratie en controle. Ik zie liever dat energie en grondstoffen eerlijk geprijsd worden: dan besparen ondernemers vanzelf. Belast vervuiling, niet arbeid.',
        votes: [6, 4],
        replies: [
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Daar zit wat in, maar een kleine ondernemer heeft het geld voor de investering vaak niet liggen. Alleen hogere prijzen raken vooral wie nu al krap zit.',
          },
          {
            author: 73,
            alignment: 'IN_FAVOR',
            body: 'Beprijzen werkt op de lange termijn, maar de terugverdientijd is voor veel mkb’ers te lang. Dus allebei: een eerlijke prijs én hulp bij de investering.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 55,
        alignment: 'IN_FAVOR',
        body: 'Wij verwarmen kassen. Restwarmte van de fabriek hier om de hoek zou ideaal zijn, maar het leidingnet ontbreekt en niemand wil de eerste investering doen. Daar zou de overheid kunnen beginnen.',
      },
      {
        author: 14,
        alignment: 'IN_FAVOR',
        body: 'Verpakkingen! Ik krijg spullen binnen in dozen die drie keer zo groot zijn als nodig. Ik hergebruik wat ik kan, maar een norm voor verpakkingen van leveranciers zou schelen.',
        votes: [5, 1],
        replies: [
          {
            author: 140,
            alignment: 'AGAINST',
            body: 'Als verpakkingsmaker: die normen zijn er al, en ze worden steeds strenger. Een te krappe doos geeft meer schade onderweg en dus juist meer verspilling. Het is echt niet zo simpel als het lijkt.',
            votes: [3, 1],
          },
          {
            author: 14,
            alignment: 'NEUTRAL',
            body: 'Punt genomen, maar een telefoonhoesje in een doos waar een paar laarzen in past? Dat is geen schadepreventie meer.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 5,
        alignment: 'IN_FAVOR',
        body: 'In de logistiek rijden nog veel vrachtwagens half leeg terug. Ladingen delen tussen vervoerders scheelt veel, maar concurrenten vertrouwen elkaar niet met hun klantgegevens. Een neutraal platform zou helpen.',
      },
      {
        author: 234,
        alignment: 'NEUTRAL',
        body: 'Wat is het verschil met de vele duurzaamheidsprogramma’s die er al zijn? Ik mis een concreet voorstel: welke regel moet weg, welke beloning komt erbij?',
        votes: [4, 1],
        replies: [
          {
            author: 9,
            alignment: 'IN_FAVOR',
            body: 'Goede vraag. Drie concrete dingen:\n\n1. afval dat je zelf hergebruikt is geen afval;\n2. de EIA ook voor kleine investeringen;\n3. één loket voor energiebesparing per bedrijventerrein.\n\nAanvullingen zijn welkom.',
            votes: [7, 0],
          },
        ],
      },
      {
        author: 100,
        alignment: 'IN_FAVOR',
        body: 'Wij gooien elk jaar liters restverf weg. Een inzamelpunt waar collega’s het kunnen ophalen zou mooi zijn; nu kost het ons geld om het te laten afvoeren.',
      },
      {
        author: 237,
        alignment: 'IN_FAVOR',
        body: 'Strongly agree. In our office building the heating runs all weekend because nobody owns the problem. Small things like that add up across thousands of small firms.',
      },
      {
        author: 31,
        alignment: 'AGAINST',
        body: 'Mooi verhaal, maar de koeling in mijn café moet gewoon draaien. Ik hoop niet dat dit uitdraait op een verplichte energiekeuring die ik zelf mag betalen.',
        votes: [2, 1],
      },
      {
        author: 200,
        alignment: 'NEUTRAL',
        body: 'Geldt dit ook voor de zorg? Wij rijden duizenden kilometers per maand tussen cliënten. Slimmere roosters zouden brandstof besparen, maar de financiering per minuut zorg maakt dat lastig.',
      },
      {
        author: 189,
        alignment: 'IN_FAVOR',
        body: 'Bouwmaterialen worden bij sloop nog massaal gestort. Een materialenpaspoort bij nieuwbouw maakt hergebruik later veel makkelijker.',
        votes: [9, 2],
        replies: [
          {
            author: 1,
            alignment: 'AGAINST',
            body: 'Voor grote projecten misschien. Voor een aanbouw of een verbouwing bij een particulier is een materialenpaspoort gewoon extra papierwerk. Houd het alsjeblieft proportioneel.',
            votes: [6, 1],
          },
          {
            author: 189,
            alignment: 'NEUTRAL',
            body: 'Akkoord, een ondergrens is logisch. Bij kantoren en scholen zou ik het wel verplichten.',
          },
        ],
      },
      {
        author: 246,
        alignment: 'IN_FAVOR',
        body: 'Vergeet de serverruimtes niet. Stimuleer dat restwarmte van servers wordt gebruikt, in Scandinavië gebeurt dat al jaren.',
      },
      {
        author: 76,
        alignment: 'AGAINST',
        body: 'Dit gebod staat sinds de jaren zeventig op elk lijstje. Zonder geld en zonder handhaving blijft het een mooie zin.',
        votes: [3, 2],
        replies: [
          {
            author: 17,
            alignment: 'NEUTRAL',
            body: 'Dat het al lang op de lijst staat, betekent niet dat het niet klopt. Maar je hebt gelijk dat het concreet moet worden, anders blijft het bij woorden.',
          },
        ],
      },
    ],
  },
  {
    target: { suggestion: 'Beloon als overheid duurzame innovatie en het gebruik ervan' },
    comments: [
      {
        author: 0,
        alignment: 'IN_FAVOR',
        body: 'Wij installeren warmtepompen en zonneboilers. Gemeenten vragen in aanbestedingen nog altijd de laagste prijs, niet de laagste energierekening over twintig jaar. Als de overheid zelf op levensduur inkoopt, volgt de markt vanzelf.',
        votes: [12, 0],
        replies: [
          {
            author: 17,
            alignment: 'IN_FAVOR',
            body: 'Dat is de kern. Total cost of ownership als gunningscriterium, en dan ook echt laten meewegen, niet als vinkje van vijf procent.',
            votes: [6, 0],
          },
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'Juridisch kan het al: beste prijs-kwaliteitverhouding is sinds de Aanbestedingswet zelfs de norm. Het probleem zit bij inkopers die geen risico durven te nemen.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 193,
        alignment: 'IN_FAVOR',
        body: 'We hebben een verpakking ontwikkeld die volledig composteerbaar is. Geen enkele overheidskantine wil hem, want hij is drie cent duurder. **Launching customer** zijn zou het verschil maken voor ons.',
        votes: [8, 1],
      },
      {
        author: 74,
        alignment: 'AGAINST',
        body: 'Belonen klinkt leuk, maar in de praktijk betekent het subsidie, en subsidie gaat naar wie het best formulieren invult. De echte innovators hebben daar geen tijd voor.',
        votes: [9, 3],
        replies: [
          {
            author: 17,
            alignment: 'NEUTRAL',
            body: 'Daarom staat er ook ‘het gebruik ervan’. Als de overheid gewoon koopt, is er geen formulier nodig. Het gaat me om inkoop, niet om nog een subsidiepot.',
            votes: [7, 0],
          },
          {
            author: 74,
            alignment: 'NEUTRAL',
            body: 'Als het om inkoop gaat ben ik voor. Dat haalde ik niet uit de titel.',
          },
        ],
      },
      {
        author: 98,
        alignment: 'IN_FAVOR',
        body: 'Zet zonnepanelen op alle daken van rijksgebouwen en laat lokale installateurs dat doen. Dat is duurzame inkoop én werk voor het mkb.',
        votes: [6, 0],
      },
      {
        author: 24,
        alignment: 'NEUTRAL',
        body: 'Hoe voorkom je dat ‘duurzaam’ een marketingterm wordt? Ik zie genoeg producten met een groen blaadje die bij nader inzien nauwelijks verschillen. Er moet een toets komen die ergens op slaat.',
        votes: [5, 0],
        replies: [
          {
            author: 189,
            alignment: 'NEUTRAL',
            body: 'Een levenscyclusanalyse (LCA) is daarvoor de standaard in de bouw. Duur om te laten maken voor een klein bedrijf, dat wel.',
          },
        ],
      },
      {
        author: 129,
        alignment: 'IN_FAVOR',
        body: 'Onze coöperatie levert groene stroom uit de eigen regio. De gemeente koopt via een landelijke aanbesteding bij een grote partij. Laat ruimte voor lokaal, dan blijft het geld ook in de regio.',
      },
      {
        author: 57,
        alignment: 'AGAINST',
        body: 'De overheid is niet goed in het kiezen van winnaars. Kijk naar alle projecten die na de pilot verdwenen. Stel eisen aan het resultaat en laat de markt bepalen welke techniek dat haalt.',
        votes: [6, 2],
        replies: [
          {
            author: 0,
            alignment: 'IN_FAVOR',
            body: 'Eisen aan het resultaat is juist belonen wat werkt. Daar zijn we het dus over eens, denk ik.',
            votes: [3, 0],
          },
        ],
      },
      {
        author: 13,
        alignment: 'IN_FAVOR',
        body: 'Het tweede deel vind ik het belangrijkst: het *gebruik*. Innovaties zijn er genoeg, maar ze blijven op de plank liggen omdat niemand de eerste klant wil zijn.',
        votes: [7, 0],
      },
      {
        author: 205,
        alignment: 'NEUTRAL',
        body: 'Als schilder werk ik veel voor woningcorporaties. Die willen wel duurzame verf, maar het bestek wordt pas na twee jaar aangepast. Tegen die tijd zijn we alweer een stap verder.',
      },
      {
        author: 209,
        alignment: 'AGAINST',
        body: 'Ik zie dit vooral werken voor grote bedrijven met een afdeling voor aanbestedingen. Een zzp’er met een slim idee komt er niet tussen. Dan beloont de overheid vooral de gevestigde partijen.',
        votes: [5, 1],
        replies: [
          {
            author: 7,
            alignment: 'NEUTRAL',
            body: 'Daarom hoort dit samen te gaan met het achtste gebod: kleinere percelen en een deel van de inkoop apart voor het mkb.',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 171,
        alignment: 'IN_FAVOR',
        body: 'Software telt ook. Een zuinige applicatie draait op minder servers. Neem energieverbruik mee bij ICT-aanbestedingen, dat gebeurt nu nergens.',
      },
      {
        author: 88,
        alignment: 'IN_FAVOR',
        body: 'Wij hebben geïnvesteerd in een emissiearme stal. De beloning was een stapel vergunningen en drie jaar wachten. Eerst de drempels weg, dan pas belonen.',
        votes: [8, 0],
        replies: [
          {
            author: 63,
            alignment: 'IN_FAVOR',
            body: 'Herkenbaar. Wie vernieuwt, loopt in het agrarische vaak langer vast dan wie niets doet.',
          },
        ],
      },
      {
        author: 112,
        alignment: 'NEUTRAL',
        body: 'Wat gebeurt er als een innovatie na twee jaar tegenvalt? Ik wil wel weten wie dan het risico draagt, de leverancier of de belastingbetaler.',
      },
      {
        author: 10,
        alignment: 'IN_FAVOR',
        body: 'Laat de overheid ook laten zien wat ze gekocht heeft. Een rijksgebouw met een innovatief dak is de beste reclame voor een klein bedrijf.',
      },
      {
        author: 225,
        alignment: 'AGAINST',
        body: 'Alweer iets dat op papier goed klinkt. Wij werken al jaren met GPS en precisiebemesting, zonder dat de overheid ooit iets ‘beloond’ heeft. Doe liever niks dan dat het weer een bureaucratisch feest wordt.',
        votes: [2, 3],
      },
      {
        author: 42,
        alignment: 'IN_FAVOR',
        body: 'Een simpele fiscale regel: wat je uitgeeft aan bewezen duurzame techniek mag je in één keer aftrekken. Geen aanvraag, geen commissie. De belastingdienst controleert achteraf.',
        votes: [10, 1],
        replies: [
          {
            author: 8,
            alignment: 'NEUTRAL',
            body: 'Willekeurige afschrijving bestaat al op de milieulijst (Vamil). Het probleem is dat de lijst achterloopt: wat vandaag nieuw is, staat er over twee jaar pas op.',
          },
          {
            author: 42,
            alignment: 'IN_FAVOR',
            body: 'Dan moet de lijst dus sneller, of de ondernemer moet het zelf mogen onderbouwen. Dank voor de aanvulling.',
          },
        ],
      },
      {
        author: 85,
        alignment: 'IN_FAVOR',
        body: 'Great idea. In Denmark municipalities have been buying on lifecycle cost for years, and local installers grew with it. No reason we could not do the same.',
      },
      {
        author: 122,
        alignment: 'NEUTRAL',
        body: 'Ik verkoop bloemen en weet weinig van aanbestedingen. Maar wordt zoiets dan ook gecontroleerd? Anders zet iedereen er ‘duurzaam’ op.',
      },
      {
        author: 23,
        alignment: 'IN_FAVOR',
        body: 'Elektrische vrachtwagens zijn nog veel duurder. Een overheid die bij haar eigen vervoer eist dat het emissievrij is, geeft ons de zekerheid om de overstap te maken.',
        votes: [6, 1],
        replies: [
          {
            author: 21,
            alignment: 'AGAINST',
            body: 'Zolang er geen laadpunten bij de distributiecentra zijn, is dat voor ons onhaalbaar. Eerst de infrastructuur, dan pas eisen stellen.',
            votes: [5, 0],
          },
        ],
      },
    ],
  },
];
