import type { DemoDiscussion } from './demo-comment';

/**
 * On the items of the published list: reactions to what the ministry did with the commandments
 * (each received by the minister; the eleventh in talks once the election storm has settled).
 */
export const FOLLOW_UP_COMMENTS: readonly DemoDiscussion[] = [
  {
    target: { commandment: 0 },
    comments: [
      {
        author: 9,
        alignment: 'IN_FAVOR',
        body: 'Fijn dat de minister de lijst heeft ontvangen. Ik hoop dat de concrete punten uit de discussie (afval dat je zelf hergebruikt, de EIA voor kleine investeringen) ook bij het ministerie terechtkomen en niet alleen de titel.',
        votes: [8, 0],
        replies: [
          {
            author: 234,
            alignment: 'NEUTRAL',
            body: 'Goede vraag aan de redactie: wordt de discussie onder de suggesties ook meegestuurd, of alleen de geboden zelf?',
            votes: [4, 0],
          },
        ],
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: '‘In ontvangst genomen’ is de beleefde manier om te zeggen dat het in een la verdwijnt. Ik wacht af, maar verwacht er weinig van.',
        votes: [5, 3],
      },
      {
        author: 117,
        alignment: 'NEUTRAL',
        body: 'Is er een termijn afgesproken waarop het ministerie laat weten wat het met dit gebod doet? Dan kunnen we dat hier ook volgen.',
      },
    ],
  },
  {
    target: { commandment: 1 },
    comments: [
      {
        author: 17,
        alignment: 'NEUTRAL',
        body: 'Dit gebod ligt eigenlijk meer bij Economische Zaken en bij de inkopers van het Rijk dan bij Financiën. Wordt het doorgestuurd?',
        votes: [6, 0],
      },
      {
        author: 0,
        alignment: 'IN_FAVOR',
        body: 'Ik zou het mooi vinden als het ministerie bij de volgende stap een paar installateurs en inkopers samen aan tafel zet. Wij willen best vertellen waar het in aanbestedingen misgaat.',
        votes: [5, 0],
      },
      {
        author: 57,
        alignment: 'AGAINST',
        body: 'Geen status, geen voortgang, geen datum. Zo blijft het bij mooie woorden.',
        votes: [2, 1],
      },
    ],
  },
  {
    target: { commandment: 2 },
    comments: [
      {
        author: 18,
        alignment: 'IN_FAVOR',
        body: 'Blij dat het op de lijst staat. Voor de vervolgstap zou ik graag zien dat de erkenning van buitenlandse diploma’s als eerste wordt opgepakt: dat kwam in de discussie het vaakst terug.',
        votes: [7, 0],
      },
      {
        author: 78,
        alignment: 'NEUTRAL',
        body: 'Hangt dit samen met het elfde gebod? Het dagdeel per week voor jonge medewerkers is eigenlijk een uitwerking van ‘talent beter benutten’.',
        replies: [
          {
            author: 12,
            alignment: 'IN_FAVOR',
            body: 'Zo zie ik het ook. Als het elfde gebod slaagt, is dat meteen een eerste stap voor dit gebod.',
          },
        ],
      },
    ],
  },
  {
    target: { commandment: 3 },
    comments: [
      {
        author: 2,
        alignment: 'IN_FAVOR',
        body: 'Dank aan iedereen die heeft meegedacht. Preventie is een onderwerp van meerdere ministeries; ik hoop dat Financiën het doorgeeft aan VWS en SZW en dat we hier horen wat zij ervan vinden.',
        votes: [6, 0],
      },
      {
        author: 110,
        alignment: 'NEUTRAL',
        body: 'Wat gebeurt er na de verkiezingen? Een nieuw kabinet kan dit zomaar van tafel vegen.',
        votes: [3, 0],
        replies: [
          {
            author: 25,
            alignment: 'NEUTRAL',
            body: 'Daarom is het goed dat het hier openbaar wordt gevolgd. Dan kan ook een nieuwe minister zien wat er al is toegezegd.',
          },
        ],
      },
    ],
  },
  {
    target: { commandment: 4 },
    comments: [
      {
        author: 3,
        alignment: 'NEUTRAL',
        body: 'Ik ben benieuwd wat de minister hiervan vindt. Octrooibeleid zit grotendeels in Europa, dus ik verwacht niet dat Nederland hier alleen iets in kan. Open publicatie van publiek betaald onderzoek kan wel.',
        votes: [4, 0],
      },
      {
        author: 13,
        alignment: 'AGAINST',
        body: 'Hopelijk neemt de minister ook de tegenargumenten mee. Voor een klein productiebedrijf is bescherming van ontwikkelingen van levensbelang.',
        votes: [4, 1],
      },
    ],
  },
  {
    target: { commandment: 5 },
    comments: [
      {
        author: 8,
        alignment: 'IN_FAVOR',
        body: 'Dat dit gebod bij de minister van Financiën ligt, is precies goed: hij is ook aandeelhouder van de banken die de staat bezit. Daar ligt een kans.',
        votes: [9, 1],
        replies: [
          {
            author: 77,
            alignment: 'AGAINST',
            body: 'De staat wil die aandelen juist zo snel mogelijk verkopen. Ik zie de minister er geen nieuwe bank van maken.',
            votes: [5, 0],
          },
        ],
      },
      {
        author: 61,
        alignment: 'NEUTRAL',
        body: 'Komt er een reactie van het ministerie op dit punt? Ik hoor graag of een ontwikkelingsbank überhaupt wordt overwogen.',
      },
      {
        author: 229,
        alignment: 'AGAINST',
        body: 'Ik hoop eerlijk gezegd dat dit gebod in de la blijft. Een staatsbank is het laatste wat we nodig hebben.',
        votes: [3, 4],
      },
    ],
  },
  {
    target: { commandment: 6 },
    comments: [
      {
        author: 10,
        alignment: 'IN_FAVOR',
        body: 'Het is mooi dat de voortgang van alle geboden hier openbaar te volgen is. Dat is zelf al een stukje van dit gebod in de praktijk.',
        votes: [7, 0],
      },
      {
        author: 174,
        alignment: 'NEUTRAL',
        body: 'Kan de contactpersoon van het ministerie hier ook zelf reageren? Dan wordt het een gesprek in plaats van een statusupdate.',
        votes: [5, 0],
      },
    ],
  },
  {
    target: { commandment: 7 },
    comments: [
      {
        author: 7,
        alignment: 'IN_FAVOR',
        body: 'Ontvangen, mooi. De volgende stap zou een gesprek met de inkopers van het Rijk moeten zijn. Die bepalen uiteindelijk of er 60 miljard bij het mkb terechtkomt.',
        votes: [10, 0],
      },
      {
        author: 1,
        alignment: 'NEUTRAL',
        body: 'Kunnen we ergens zien hoeveel de overheid nu al bij het mkb inkoopt? Dan weten we ook of er over een jaar iets veranderd is.',
        votes: [6, 0],
        replies: [
          {
            author: 16,
            alignment: 'NEUTRAL',
            body: 'Er is een jaarlijkse monitor van het aandeel mkb in overheidsopdrachten. Het zou goed zijn als de redactie die hier koppelt.',
          },
        ],
      },
      {
        author: 170,
        alignment: 'AGAINST',
        body: 'Verkiezingen in aantocht, dus er gebeurt de komende maanden toch niets. Laten we eerlijk zijn.',
        votes: [3, 1],
      },
    ],
  },
  {
    target: { commandment: 8 },
    comments: [
      {
        author: 4,
        alignment: 'NEUTRAL',
        body: 'Van alle geboden is dit het minst concreet, dat besef ik. Voor de vervolgstap zou ik het willen opsplitsen: een voorstel voor eerlijke betaling van zelfstandigen en een voor de bonuscultuur.',
        votes: [6, 0],
      },
      {
        author: 131,
        alignment: 'AGAINST',
        body: 'Ontvangen door de minister van Financiën, maar eerlijke prijzen voor boeren liggen bij Landbouw en bij de supermarkten. Ik verwacht hier weinig van.',
        votes: [3, 0],
      },
    ],
  },
  {
    target: { commandment: 9 },
    comments: [
      {
        author: 6,
        alignment: 'IN_FAVOR',
        body: 'Dank voor het ontvangen. Ik hoop dat de minister vooral de concrete punten uit de discussie leest: langere pacht, bedrijfsoverdracht aan personeel, btw op reparatie.',
        votes: [5, 0],
      },
      {
        author: 143,
        alignment: 'NEUTRAL',
        body: 'Wordt er ook gekeken naar de regels voor bedrijfsopvolging? Dat lijkt me het onderdeel dat het snelst te regelen is.',
      },
    ],
  },
  {
    target: { commandment: 10 },
    comments: [
      {
        author: 12,
        alignment: 'IN_FAVOR',
        body: 'Wat een mooi nieuws dat de minister juist dit voorstel het sterkst vond! Ik hoop dat de gesprekken na de verkiezingen snel weer opgepakt worden.',
        votes: [14, 0],
        replies: [
          {
            author: 3,
            alignment: 'IN_FAVOR',
            body: 'Gefeliciteerd! Als er een pilot komt, doen wij graag mee met onze junioren.',
            votes: [5, 0],
          },
          {
            author: 11,
            alignment: 'NEUTRAL',
            body: 'Mooi, maar vergeet de vervanging in kleine bedrijven niet mee te nemen in de gesprekken. Dat was in de discussie het grootste punt.',
            votes: [7, 0],
          },
        ],
      },
      {
        author: 181,
        alignment: 'AGAINST',
        body: '‘Gecharmeerd’ en ‘zodra de politieke storm is geluwd’. Dat is Haags voor: niet voor de verkiezingen en daarna waarschijnlijk ook niet. Twintig procent voortgang is wel erg optimistisch.',
        votes: [6, 5],
        replies: [
          {
            author: 212,
            alignment: 'IN_FAVOR',
            body: 'Wat cynisch. Dat een minister zich uitspreekt over één voorstel is meer dan we meestal krijgen. Geef het even.',
            votes: [6, 1],
          },
          {
            author: 181,
            alignment: 'NEUTRAL',
            body: 'Ik hoop dat je gelijk krijgt. Ik kijk over een maand weer, bij de volgende review.',
          },
        ],
      },
      {
        author: 8,
        alignment: 'NEUTRAL',
        body: 'Een suggestie voor de gesprekken: begin met een proef van twee jaar via de bestaande loonheffing, zonder nieuwe aanvraagprocedure. Dan weten we snel of het werkt en wat het kost.',
        votes: [9, 0],
        replies: [
          {
            author: 158,
            alignment: 'IN_FAVOR',
            body: 'Eens, en meet vooraf wat je wilt weten: doen jonge medewerkers mee, en wat levert het het bedrijf op.',
          },
        ],
      },
      {
        author: 74,
        alignment: 'AGAINST',
        body: 'Ik blijf erbij dat de leeftijdsgrens een vergissing is. Ik hoop dat het ministerie de regeling opent voor iedereen die bijleert.',
        votes: [7, 2],
      },
      {
        author: 207,
        alignment: 'NEUTRAL',
        body: 'Wanneer is de volgende review? Ik zie ‘in gesprek’ maar geen datum voor een besluit.',
        replies: [
          {
            author: 10,
            alignment: 'NEUTRAL',
            body: 'Bij het item staat een volgende reviewdatum, over ongeveer een maand. Dan hoort er een update te komen.',
          },
        ],
      },
      {
        author: 19,
        alignment: 'IN_FAVOR',
        body: 'Goed dat er iets concreets uit komt. Mijn jonge koks staan klaar 👨‍🍳',
        votes: [4, 0],
      },
      {
        author: 35,
        alignment: 'IN_FAVOR',
        body: "Great to see the minister picking this one. It's small, cheap and measurable: exactly the kind of policy that survives an election.",
        votes: [5, 0],
      },
      {
        author: 226,
        alignment: 'NEUTRAL',
        body: 'Geldt het straks ook voor leerlingen in de bbl? Die zitten al een dag op school, dus voor hen zou het anders moeten werken.',
      },
    ],
  },
];
