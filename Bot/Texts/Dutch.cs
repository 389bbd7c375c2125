using System.Globalization;

namespace TeamsBot.Texts;

/// <summary>Every word the bot writes in Dutch: formal-polite but plain, for municipal users.</summary>
public sealed class Dutch : TextTable
{
    private static readonly NumberFormatInfo DutchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public Dutch()
    {
        Refusals = new()
        {
            LargerThanLimit = (file, limit) => $"{file}: het bestand is groter dan de limiet van {Size(limit)}.",
            LargerThanDownload = (file, limit) => $"{file} is groter dan {Size(limit)}.",
            Empty = file => $"{file}: het bestand is leeg.",
            NoTextAtAll = file => $"{file}: er staat geen tekst in het bestand.",
            CannotOpen = (file, error) => $"{file}: het bestand gaat niet open ({error}).",
            WordPassword = file => $"{file}: het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord en stuur het opnieuw.",
            OldOffice = file => $"{file}: dit is een oud Word-bestand (.doc) of een ander binair Office-bestand; sla het op als .docx of PDF.",
            NotReally = (file, extension) => $"{file}: het bestand is beschadigd of is niet echt een {extension}-bestand.",
            Unsupported = (file, extension) => $"{file}: {(extension.Length > 0 ? $"'{extension}'" : "bestanden zonder extensie")} kan ik niet lezen; stuur .docx, .pdf, .md, .txt of .html.",
            NotText = file => $"{file}: het bestand is geen tekst (er staan binaire gegevens in).",
            PdfPages = (file, max, pages) => $"{file}: de PDF heeft meer dan {max} pagina's ({pages}).",
            PdfPassword = file => $"{file}: de PDF is met een wachtwoord beveiligd; haal het wachtwoord eraf en stuur hem opnieuw.",
            PdfNoText = file => $"{file}: geen tekst gevonden: is dit een scan?",
            PdfDamaged = file => $"{file}: de PDF is beschadigd en kan niet worden gelezen.",
            PartExpands = (file, kind, limit) => $"{file}: een deel van {Document(kind)} is uitgepakt groter dan {Size(limit)}.",
            Expands = (file, kind, limit) => $"{file}: {Document(kind)} is uitgepakt groter dan {Size(limit)}.",
            TooManyCharacters = (file, kind, limit) => $"{file}: {Document(kind)} heeft meer dan {limit.ToString("N0", DutchNumbers)} tekens tekst.",
            ReadsTooLong = (file, kind, limit) => $"{file}: het lezen van {Document(kind)} duurt langer dan {limit.TotalSeconds.ToString("0.#", DutchNumbers)} s; het bestand is te groot of te ingewikkeld.",
            WordDamaged = (file, invalidXml) => $"{file}: het Word-document is beschadigd ({(invalidXml ? "de tekst is geen geldige XML" : "de opbouw van het pakket klopt niet")}).",
            WordTooDeep = (file, levels) => $"{file}: het Word-document nest zijn inhoud meer dan {levels} niveaus diep; dat doet geen echt document.",
            ZipExpands = (file, limit) => $"{file}: het document is uitgepakt groter dan {(limit / (1024 * 1024.0)).ToString("0.#", DutchNumbers)} MB.",
            ZipRatio = (file, ratio) => $"{file}: een deel van het document is uitgepakt meer dan {ratio} keer zo groot als ingepakt.",
            ZipBroken = file => $"{file}: het bestand is beschadigd (de zipstructuur klopt niet).",
            ZipNotWord = file => $"{file}: dit is een zipbestand, maar geen Word-document.",
            HtmlUnreadable = (file, error) => $"{file}: de HTML kon niet worden gelezen ({error}).",
            NoDownloadAddress = file => $"{file}: het bestand kwam zonder downloadadres.",
            DownloadTimedOut = (file, limit) => $"{file}: de download was niet binnen {(int)Math.Ceiling(limit.TotalSeconds)} s klaar; stuur het bestand opnieuw.",
            DownloadBrokeOff = file => $"{file}: de download brak af; stuur het bestand opnieuw.",
            DownloadNotCompleted = file => $"{file}: de download is niet afgemaakt; stuur het bestand opnieuw.",
            DownloadElsewhere = file => $"{file}: het bestand komt van een adres waar ik niet van download.",
            DownloadFailed = (file, status) => $"{file}: de download is mislukt ({status}); stuur het bestand opnieuw.",
            DownloadRedirectedTooOften = file => $"{file}: de download werd te vaak doorgestuurd.",
            Unspecified = _ => "het bestand kon niet worden gelezen.",
        };
    }

    public override string Code => "nl";

    public override string Name => "Nederlands";

    public override NumberFormatInfo Numbers => DutchNumbers;

    public override RefusalStrings Refusals { get; }

    public override CardStrings Cards { get; } = new()
    {
        DayNames = ["zo", "ma", "di", "wo", "do", "vr", "za"],
        MonthNames = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        Decisions = "Besluiten",
        ActionItems = "Acties",
        NoDecisions = "Geen besluiten gevonden.",
        NoItems = "Geen acties gevonden.",
        NoOwner = "Geen eigenaar",
        NotAMember = "(geen teamlid)",
        Suggested = "Voorgesteld",
        ToAssign = "Nog toe te wijzen",
        ToAssignHint = "Deze acties hebben nog geen eigenaar. Wijs elke actie toe aan het lid dat hem oppakt.",
        MeetingOf = date => $"Vergadering van {date}",
        SummaryUpdated = "bijgewerkt met de nieuwe versie van de notulen",
        DueOn = date => $"uiterlijk {date}",
        StatusOpen = "Open",
        StatusDone = "Afgerond",
        StatusOverdue = "Te laat",
        SnoozedUntil = date => $"Uitgesteld tot {date}",
        Postponed = count => $"{count}× uitgesteld",
        FromSection = section => $"Uit: {section}",
        Done = "Afgerond",
        Reopen = "Heropenen",
        Snooze = "Uitstellen",
        SnoozeWeek = "Een week",
        SnoozeNextMeeting = "Tot volgende vergadering",
        SnoozeForAWeek = "Een week uitstellen",
        SnoozeUntilNextMeeting = "Uitstellen tot volgende vergadering",
        HandOver = "Overdragen",
        TakeIt = "Ik pak dit op",
        Assign = "Toewijzen",
        AssignTo = "Toewijzen aan",
        UnownedQuestion = count => count == 1
            ? "1 actie heeft nog geen eigenaar — toewijzen of zo publiceren?"
            : $"{count} acties hebben nog geen eigenaar — toewijzen of zo publiceren?",
        PublishAsIs = "Zo publiceren",
        DiscardDraft = "Concept verwijderen",
        DiscardWarning = "Dit verwijdert deze notulen met alle besluiten en acties; er wordt niets gepubliceerd.",
        DiscardConfirm = "Ja, verwijderen",
        LinkToMember = "Koppel aan lid",
        Source = "Bron",
        ShowItem = "Bron en knoppen",
        ItemsHint = "Klik op een actie voor de bron en de knoppen.",
        Edit = "Aanpassen",
        Refresh = "Vernieuwen",
        MoreItems = count => $"En nog {count} acties: vraag 'acties'.",
        MoreDecisions = count => $"En nog {count} besluiten: vraag 'besluiten'.",
        ReviewTitle = "Controleer voor publicatie",
        FollowupsHeading = "Uit de vorige vergadering",
        FollowupsHint = "Wat deze notulen zeggen over open acties van de vorige vergadering. Bij publiceren wordt uw keuze per actie toegepast.",
        FollowupChoice = "Bij publiceren",
        FollowupDone = "Afgerond",
        FollowupOpen = "Nog open",
        FollowupDropped = "Vervalt",
        FollowupUnchanged = "Laten zoals het is",
        FollowupNewDue = date => $"Nieuwe datum: {date}",
        FollowupsUnmentioned = count => count == 1
            ? "1 open actie wordt in deze notulen niet genoemd en blijft open."
            : $"{count} open acties worden in deze notulen niet genoemd en blijven open.",
        MoreFollowups = count => count == 1
            ? "Nog 1 voorstel past niet op deze kaart; die actie blijft zoals zij is."
            : $"Nog {count} voorstellen passen niet op deze kaart; die acties blijven zoals zij zijn.",
        ReviewHint = "Alleen u ziet deze kaart. Pas zo nodig eigenaar, datum of tekst aan en publiceer daarna in het kanaal.",
        ItemText = "Actie",
        Owner = "Eigenaar",
        Nobody = "Niemand",
        Due = "Uiterlijk",
        Remove = "Verwijderen",
        AddItem = "Actie toevoegen",
        Add = "Toevoegen",
        Publish = "Publiceer",
        PageOf = (page, pages) => $"Pagina {page} van {pages}",
        Next = "Volgende",
        Previous = "Vorige",
        MyActions = "Mijn acties",
        MyActionsEmpty = "U heeft geen open acties.",
        TeamItems = "Open acties van het team",
        TeamItemsEmpty = "Het team heeft geen open acties.",
        DecisionsAbout = words => $"Besluiten over '{words}'",
        NoDecisionsAbout = words => $"Geen besluiten gevonden over '{words}'. Probeer een ander woord.",
        Settings = "Instellingen",
        ReviewFirst = "Eerst zelf controleren voor publicatie",
        ReminderLeadDays = "Herinnering: werkdagen voor de vergadering",
        TimeZone = "Tijdzone",
        Language = "Taal",
        Save = "Opslaan",
        SettingsSaved = "Opgeslagen. Dit geldt vanaf nu voor het hele team.",
        PlannerToggle = "Acties ook in Planner",
        PlannerPlan = "Plan in Planner",
        PlannerNewPlan = "Nieuw plan: Acties uit de notulen",
        PlannerPlanTitle = "Acties uit de notulen",
        PlannerNoAccess = "Planner is niet beschikbaar: de beheerder heeft de bot nog geen toestemming gegeven (Tasks.ReadWrite.All).",
        PlannerQuote = "Uit de notulen",
        PlannerSection = "Onderdeel",
        PlannerMinutes = "Notulen",
        HelpTitle = "Wat ik kan",
        HelpIntro = "Zet notulen in het kanaal of stuur ze mij in een persoonlijke chat (Word, PDF, Markdown, tekst of HTML); ik haal de besluiten en acties eruit. In een kanaal: noem mij met @.",
        HelpLines =
        [
            new("mijn acties", "Uw open acties uit alle vergaderingen.", "mijn acties"),
            new("acties", "De open acties van het team.", "acties"),
            new("besluiten [woorden]", "Zoek in de besluiten.", "besluiten begroting"),
            new("volgende vergadering <datum tijd>", "Zet de volgende vergadering of het ritme, voor de herinneringen.", "volgende vergadering donderdag 13:30"),
            new("instellingen", "Controle vooraf, herinneringen, tijdzone en taal.", "instellingen"),
            new("help", "Deze uitleg.", "help"),
        ],
        Example = ex => $"Bijvoorbeeld: {ex}",
        ReminderTitle = meeting => $"Volgende vergadering {meeting} — uw open acties:",
        ReminderHint = "Werk ze bij met de knoppen; de kaart in het kanaal loopt mee.",
        CarryOverTitle = meeting => $"Openstaande acties voor {meeting}",
        CarryOverHint = "Per eigenaar, klaar voor de agenda.",
        CarryOverEmpty = "Er staan geen acties open. Niets over te dragen.",
        WithoutOwner = "Nog zonder eigenaar",
        ReadAsMinutes = "Toch als notulen lezen",
        OtherSection = "Overige punten",
        HandOverTo = "Overdragen aan",
        LinkOwner = name => $"Koppel '{name}' aan een teamlid",
        ChooseMember = "Kies een teamlid",
        Link = "Koppelen",
        Cancel = "Annuleren",
        NoticeInfo = "Ter informatie",
        NoticeWarning = "Let op",
        NoticeError = "Dat ging mis",
        NoticeDone = "Gelukt",
    };

    public override ReplyStrings Replies { get; } = new()
    {
        Welcome = "Hallo! Ik lees notulen van vergaderingen en haal de besluiten en actiepunten eruit. Stuur mij notulen of zet ze in het kanaal. Typ 'help' om te zien wat ik kan.",
        Greeting = "Hallo! Ik lees notulen van vergaderingen en haal de besluiten en actiepunten eruit. Typ 'help' om te zien wat ik kan.",
        Help = "Stuur mij notulen (Word, PDF, Markdown, tekst of HTML) of noem mij in het kanaal waar ze staan. Ik vind de besluiten en actiepunten, met eigenaar en deadline.",
        Unknown = "Dat ken ik (nog) niet. Typ 'help' om te zien wat ik kan.",
        HelpLead = "Ik lees notulen en haal de besluiten en acties eruit. Dit zijn mijn commando's:",
        OnlyInTeam = "Dat werkt in het kanaal van uw team: noem mij daar met @ en typ het commando.",
        NoTeamsYet = "Ik ken nog geen team van u waaraan ik ben toegevoegd. Vraag 'acties' in het kanaal van uw team, of hier 'mijn acties'.",
        TooLong = "Dat bericht is te lang voor een commando. Typ 'help' om te zien wat ik kan.",
        PublishedUpdated = "Gepubliceerd: de eerder geplaatste samenvatting van deze vergadering is bijgewerkt.",
        SummaryUpdated = title => $"Nieuwe versie van '{title}': de eerder geplaatste samenvatting is bijgewerkt.",
        NextMeetingSaved = when => $"Genoteerd: de volgende vergadering is {when}.",
        RhythmSaved = (rhythm, next) => $"Genoteerd: het team vergadert {rhythm}." + (next is null ? "" : $" De volgende vergadering is dan {next}."),
        NextMeetingUnreadable = "Die datum kan ik niet lezen. Probeer bijvoorbeeld 'volgende vergadering 21 juni 13:30' of 'volgende vergadering elke 4 weken op woensdag 13:30'.",
        NextMeetingPast = "Die datum is al voorbij. Noem een datum in de toekomst.",
        ItemNotFound = "Dit actiepunt kan ik niet (meer) vinden.",
        NotAMember = "Alleen leden van het team kunnen dit actiepunt wijzigen.",
        MembersOnly = "Alleen leden van dit team kunnen dat zien of wijzigen.",
        ActionNotUnderstood = "Deze knop begrijp ik niet. Vraag de kaart opnieuw op, bijvoorbeeld met 'mijn acties'.",
        OwnerNotLinkable = "Deze eigenaar is al gekoppeld of bestaat niet meer.",
        MemberNotInTeam = "Die persoon is geen lid van het team.",
        AlreadyTaken = owners => $"Deze actie is al opgepakt door {owners}.",
        SettingsRefused = "Deze instellingen kan ik niet opslaan.",
        StorageBusy = "Even geduld: de opslag reageert nu niet. Probeer het zo nog eens.",
        Apology = "Excuses, er ging iets mis aan mijn kant. Probeer het later nog eens.",
        Reading = "Ik lees de notulen…",
        AlreadyRead = title => $"Deze notulen ken ik al ({title}); er is niets veranderd.",
        NotMinutes = "Dit lijken geen notulen: ik vond geen vergadering met besluiten of actiepunten. Zijn het toch notulen? Zet 'Notulen' in de bestandsnaam of op de eerste regel, dan lees ik ze als notulen.",
        NotMinutesWithButton = "Dit lijken geen notulen: ik vond geen vergadering met besluiten of actiepunten. Zijn het toch notulen? Kies 'Toch als notulen lezen', dan lees ik dit document als notulen.",
        RefusedUploadGone = "Dit document heb ik niet meer bewaard. Stuur het opnieuw, met 'Notulen' in de bestandsnaam of op de eerste regel, dan lees ik het als notulen.",
        Unreadable = reason => $"Dit bestand kon ik niet lezen: {reason}",
        GraphRefused = "Ik mag de bestanden van dit kanaal niet lezen (Microsoft Graph weigert de toegang). Vraag een beheerder de app de rechten te geven en deel de notulen daarna opnieuw.",
        ReviewWaiting = uploader => $"De samenvatting staat klaar; {uploader} controleert hem eerst en publiceert hem daarna hier.",
        FiledUnder = team => team is null ? "Ik heb deze notulen bij uw team opgeslagen." : $"Ik heb deze notulen opgeslagen bij het team {team}.",
        TeamUnclear = "U zit in meer teams met mij en ik kan niet zien bij welk team deze notulen horen. Daarom bewaar ik ze alleen voor u. Zet ze in het kanaal van het team om ze daar op te slaan.",
        Published = "Gepubliceerd in de draad van de notulen.",
        PublishedInChat = "Gepubliceerd in deze chat.",
        PublishedInChannel = "Gepubliceerd als nieuw bericht in het kanaal van het team.",
        Discarded = "Het concept is verwijderd; er is niets gepubliceerd. Stuur de notulen opnieuw als u ze toch wilt laten verwerken.",
        NotADraft = "Deze notulen zijn al gepubliceerd; het team ziet ze al.",
        NotYours = "Alleen wie de notulen deelde (of een lid van het team) kan deze controle afronden.",
        MeetingGone = "Deze vergadering ken ik niet (meer).",
        ReminderInThread = name => $"{name}, uw open acties voor de volgende vergadering (ik kon u niet in een persoonlijke chat bereiken):",
        DueInThread = name => $"{name}, deze acties van u zijn bijna of al over tijd (ik kon u niet in een persoonlijke chat bereiken):",
    };

    public override CommandWords Commands { get; } = new()
    {
        MyActions = ["mijn acties", "mijn actiepunten", "mijn taken"],
        TeamActions = ["open acties", "acties", "actiepunten"],
        Decisions = ["besluiten", "besluitenlijst"],
        NextMeeting = ["volgende vergadering"],
        Settings = ["instellingen"],
        Help = ["hulp"],
        Polite = ["graag", "aub", "a.u.b", "alsjeblieft", "alstublieft", "bedankt", "tonen", "toon"],
        SearchNoise =
        [
            "besluit", "besluiten", "besloten", "besluitenlijst", "zoek", "zoeken", "toon", "laat", "zien", "over", "alle",
            "de", "het", "een", "van", "en", "op", "in", "voor", "met", "wat", "welke", "die", "dat", "mijn", "we", "wij",
        ],
    };

    public override IReadOnlyList<MenuCommand> Menu { get; } =
    [
        new("help", "Laat zien wat ik kan en hoe u mij notulen stuurt"),
        new("mijn acties", "Uw openstaande actiepunten"),
        new("acties", "De openstaande actiepunten van het team"),
        new("besluiten", "Zoek in de besluiten: besluiten <woorden>"),
        new("volgende vergadering", "Stel de volgende vergadering in: volgende vergadering <datum tijd>"),
        new("instellingen", "Herinneringen en taal voor dit team of deze chat"),
    ];

    private static string Document(DocumentKind kind) => kind == DocumentKind.Pdf ? "de PDF" : "het Word-document";
}
