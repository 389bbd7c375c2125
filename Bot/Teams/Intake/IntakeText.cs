using TeamsBot.Minutes;

namespace TeamsBot.Teams.Intake;

/// <summary>The intake's short messages in Dutch and English.</summary>
internal static class IntakeText
{
    public static string Reading(bool dutch) => dutch ? "Ik lees de notulen…" : "Reading the minutes…";

    public static string AlreadyRead(bool dutch, string title) => dutch
        ? $"Deze notulen ken ik al ({title}); er is niets veranderd."
        : $"I have already read these minutes ({title}); nothing changed.";

    public static string NotMinutes(bool dutch) => dutch
        ? "Dit lijken geen notulen: ik vond geen besluiten of actiepunten. Stuur notulen als Word, PDF, Markdown, tekst of HTML."
        : "This does not look like minutes: I found no decisions or action items. Send minutes as Word, PDF, Markdown, text or HTML.";

    /// <summary>A refused file: the reason in the same language as the line around it.</summary>
    public static string Unreadable(bool dutch, RefusalText reason) => dutch
        ? $"Dit bestand kon ik niet lezen: {reason.Dutch}"
        : $"I could not read this file: {reason.English}";

    public static string GraphRefused(bool dutch) => dutch
        ? "Ik mag de bestanden van dit kanaal niet lezen (Microsoft Graph weigert de toegang). Vraag een beheerder de app de rechten te geven en deel de notulen daarna opnieuw."
        : "I may not read this channel's files (Microsoft Graph refused access). Ask an admin to grant the app its permissions, then share the minutes again.";

    public static string ReviewWaiting(bool dutch, string uploader) => dutch
        ? $"De samenvatting staat klaar; {uploader} controleert hem eerst en publiceert hem daarna hier."
        : $"The summary is ready; {uploader} reviews it first and then publishes it here.";

    public static string FiledUnder(bool dutch, string? team) => (dutch, team) switch
    {
        (true, null) => "Ik heb deze notulen bij je team opgeslagen.",
        (true, _) => $"Ik heb deze notulen opgeslagen bij het team {team}.",
        (false, null) => "I filed these minutes under your team.",
        (false, _) => $"I filed these minutes under the team {team}.",
    };

    public static string TeamUnclear(bool dutch) => dutch
        ? "Je zit in meer teams met mij en ik kan niet zien bij welk team deze notulen horen, dus bewaar ik ze alleen voor jou; zet ze in het kanaal van het team om ze daar op te slaan."
        : "You are in several teams with me and I can't tell which one these minutes belong to, so I kept them for you only; post them in the team's channel to file them there.";

    public static string Published(bool dutch) => dutch ? "Gepubliceerd in de draad van de notulen." : "Published in the thread of the minutes.";

    public static string NotYours(bool dutch) => dutch
        ? "Alleen wie de notulen deelde (of een lid van het team) kan deze controle afronden."
        : "Only the person who shared the minutes (or a member of the team) can finish this review.";

    public static string MeetingGone(bool dutch) => dutch ? "Deze vergadering ken ik niet (meer)." : "I don't know this meeting (any more).";

    public static string Welcome(bool dutch) => dutch
        ? "Hallo! Ik lees notulen van vergaderingen en haal de besluiten en actiepunten eruit. Stuur me notulen of zet ze in het kanaal; typ 'help' om te zien wat ik kan."
        : "Hello! I read meeting minutes and pick out the decisions and action items. Send me minutes or post them in the channel; type 'help' to see what I can do.";
}
